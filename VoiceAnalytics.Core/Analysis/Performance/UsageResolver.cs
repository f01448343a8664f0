using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// Picks the session's usage per kind (llm, stt, tts): LiveKit's <c>model_usage</c> entries when there are any of that
/// kind, else <c>usage_summary</c> (attributed to the model the metrics records name most), else the sums of the
/// metrics records.
/// </summary>
internal static class UsageResolver
{
    private const string ModelUsageSource = "model_usage";
    private const string UsageSummarySource = "usage_summary";
    private const string MetricsSource = "metrics";

    public static UsageTotals Resolve(SessionPayload session, MetricsPass pass)
    {
        var lines = new List<ModelTally>();
        var llmSource = Resolve(session, pass, ModelTally.Llm, "llm_usage", lines);
        Resolve(session, pass, ModelTally.Stt, "stt_usage", lines);
        Resolve(session, pass, ModelTally.Tts, "tts_usage", lines);
        return new UsageTotals(lines, llmSource);
    }

    private static string Resolve(SessionPayload session, MetricsPass pass, string kind, string usageType, List<ModelTally> lines)
    {
        var before = lines.Count;
        foreach (var entry in session.ModelUsage)
        {
            if (string.Equals(entry.Type, usageType, StringComparison.Ordinal))
            {
                var line = ModelTally.For(lines, kind, entry.Provider, entry.Model);
                line.InputTokens += entry.InputTokens;
                line.CachedTokens += entry.InputCachedTokens;
                line.OutputTokens += entry.OutputTokens;
                line.Characters += entry.CharactersCount;
                line.AudioSeconds += entry.AudioDuration;
            }
        }

        if (lines.Count > before)
        {
            return ModelUsageSource;
        }

        if (session.UsageSummary is { } summary)
        {
            var main = MainModel(pass.Usage, kind);
            var line = ModelTally.For(lines, kind, main?.Provider, main?.Model);
            switch (kind)
            {
                case ModelTally.Llm:
                    line.InputTokens = summary.LlmPromptTokens;
                    line.CachedTokens = summary.LlmPromptCachedTokens;
                    line.OutputTokens = summary.LlmCompletionTokens;
                    break;
                case ModelTally.Stt:
                    line.AudioSeconds = summary.SttAudioDuration;
                    break;
                default:
                    line.Characters = summary.TtsCharactersCount;
                    line.AudioSeconds = summary.TtsAudioDuration;
                    break;
            }

            return UsageSummarySource;
        }

        foreach (var tally in pass.Usage)
        {
            if (tally.Kind == kind)
            {
                lines.Add(tally);
            }
        }

        return MetricsSource;
    }

    /// <summary>The model of this kind with the most usage in the metrics records, or null when none is named.</summary>
    private static ModelTally? MainModel(List<ModelTally> tallies, string kind)
    {
        ModelTally? best = null;
        var bestAmount = -1.0;
        foreach (var tally in tallies)
        {
            var amount = tally.InputTokens + tally.OutputTokens + tally.Characters + tally.AudioSeconds;
            if (tally.Kind == kind && amount > bestAmount)
            {
                best = tally;
                bestAmount = amount;
            }
        }

        return best;
    }
}
