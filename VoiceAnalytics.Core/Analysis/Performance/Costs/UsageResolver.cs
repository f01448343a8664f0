using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>
/// Picks the session's usage per kind (llm, stt, tts) from the first source that has it, never adding two sources
/// together: LiveKit's model usage entries of that kind (from <c>model_usage</c>, <c>session_usage</c> or <c>usage</c>,
/// as the parser recorded), else <c>usage_summary</c> (attributed to the model the metrics records name most), else the
/// sums of the metrics records (realtime records included), else, for a payload with no usage-bearing metrics record at
/// all, the per-message metrics (see <see cref="MessageUsage"/>; LLM tokens stay unknown there).
/// </summary>
internal static class UsageResolver
{
    public const string ModelUsageSource = "model_usage";
    public const string UsageSummarySource = "usage_summary";
    public const string MetricsSource = "metrics";
    public const string MessageMetricsSource = "message_metrics";
    public const string NoSource = "none";

    public static UsageTotals Resolve(SessionPayload session, MetricsPass pass)
    {
        var lines = new List<ModelTally>();
        var fromMessages = pass.Usage.Count == 0 ? MessageUsage.Read(session.Transcript.Items) : null;
        var llm = Resolve(session, pass, fromMessages, ModelTally.Llm, ModelUsage.LlmType, lines);
        var stt = Resolve(session, pass, fromMessages, ModelTally.Stt, ModelUsage.SttType, lines);
        var tts = Resolve(session, pass, fromMessages, ModelTally.Tts, ModelUsage.TtsType, lines);
        // The LLM's source names the report's usage; a call without LLM usage (e2e-only) names the first kind that had some.
        var source = llm ?? stt ?? tts ?? NoSource;
        return new UsageTotals(lines, source);
    }

    /// <summary>Adds this kind's lines from the first source that has any and returns that source's name, or null.</summary>
    private static string? Resolve(SessionPayload session, MetricsPass pass, List<ModelTally>? fromMessages, string kind, string usageType, List<ModelTally> lines)
    {
        var before = lines.Count;
        foreach (var entry in session.ModelUsage)
        {
            if (string.Equals(entry.Type, usageType, StringComparison.Ordinal))
            {
                var line = ModelTally.For(lines, kind, entry.Provider, entry.Model);
                line.AddTokens(entry);
                line.Characters += entry.CharactersCount;
                line.AudioSeconds += entry.AudioDuration;
            }
        }

        if (lines.Count > before)
        {
            return session.ModelUsageSource ?? ModelUsageSource;
        }

        if (session.UsageSummary is { } summary)
        {
            var main = MainModel(pass.Usage, kind);
            var line = ModelTally.For(lines, kind, main?.Provider, main?.Model);
            switch (kind)
            {
                case ModelTally.Llm:
                    line.AddTokens(summary);
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

        return Take(pass.Usage, kind, lines) ? MetricsSource
            : fromMessages is not null && Take(fromMessages, kind, lines) ? MessageMetricsSource
            : null;
    }

    private static bool Take(List<ModelTally> tallies, string kind, List<ModelTally> lines)
    {
        var before = lines.Count;
        foreach (var tally in tallies)
        {
            if (tally.Kind == kind)
            {
                lines.Add(tally);
            }
        }

        return lines.Count > before;
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
