using System.Globalization;

namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>Deterministic advice from the figures, most actionable first; the same report always gives the same text.</summary>
internal static class RecommendationWriter
{
    private const long CachingMinPromptTokens = 10_000;
    private const double CachingMinShare = 0.25;

    public static List<string> Write(PerformanceReport report, ToolCallOutcomes tools)
    {
        var advice = new List<string>();
        if (report.LatencyBasis == LatencyBases.None)
        {
            advice.Add("No latency data: the payload has no EOU, LLM, TTS or realtime metrics records and no per-message e2e_latency, so the latency targets were not checked and no score is given; send the metrics records or the messages' metrics.");
        }

        AddDominantStage(report, advice);
        foreach (var target in report.Targets)
        {
            if (target.Passed == false)
            {
                advice.Add(Text($"The {target.Name} response latency of {target.ActualMs:0} ms misses the {target.TargetMs:0} ms target."));
            }
        }

        if (tools.ErrorCount > 0)
        {
            advice.Add(Text($"{tools.ErrorCount} of {tools.Calls} tool calls failed ({FailedNames(tools)}): check their timeouts and error handling."));
        }

        if (report.PromptTokens >= CachingMinPromptTokens && report.PromptCachedTokens < CachingMinShare * report.PromptTokens)
        {
            var share = 100.0 * report.PromptCachedTokens / report.PromptTokens;
            advice.Add(Text($"Only {share:0}% of {report.PromptTokens} prompt tokens came from the cache: keep instructions and tool definitions stable at the start of the context."));
        }

        AddSpikes(report, AnomalyKinds.LatencySpike, "took more than twice the median latency: look for slow tool calls or provider hiccups in those turns.", advice);
        AddSpikes(report, AnomalyKinds.TokenSpike, "used more than twice the median tokens: trim large tool outputs before they enter the chat context.", advice);
        if (advice.Count == 0)
        {
            advice.Add("Latency, reliability and token use are within targets; no change needed.");
        }

        return advice;
    }

    /// <summary>
    /// Names the stage with the highest average, the one worth optimising first: EOU delay, the model's time to first
    /// token (a realtime model's first audio token), TTS time to first byte, or playback (a remote avatar's delay).
    /// </summary>
    private static void AddDominantStage(PerformanceReport report, List<string> advice)
    {
        if (report.Latency.Average is not { } total)
        {
            return;
        }

        var realtime = report.RealtimeRequests > 0 && report.LatencyBasis != LatencyBases.PipelineStages;
        (double Ms, string What, string Fix)[] stages =
        [
            (report.EouDelay.Average ?? 0, "End-of-utterance detection", "shorten the endpointing delay or tune the turn detector"),
            (report.LlmTtft.Average ?? 0, realtime ? "The realtime model's time to first audio token" : "LLM time to first token",
                realtime ? "use a faster realtime model, a shorter prompt or fewer tools" : "use a faster model, a shorter prompt or prompt caching"),
            (report.TtsTtfb.Average ?? 0, "TTS time to first byte", "use a lower-latency voice or a region closer to the agent"),
            (report.PlaybackLatency.Average ?? 0, "Playback (audio forwarded to playback started)", "check the avatar provider or the audio output path"),
        ];

        var largest = 0;
        for (var i = 1; i < stages.Length; i++)
        {
            if (stages[i].Ms > stages[largest].Ms)
            {
                largest = i;
            }
        }

        var (ms, what, fix) = stages[largest];
        if (ms > 0)
        {
            advice.Add(Text($"{what} is the largest part of response latency (average {ms:0} ms; turns average {total:0} ms): {fix}."));
        }
    }

    private static void AddSpikes(PerformanceReport report, string kind, string what, List<string> advice)
    {
        var count = 0;
        foreach (var anomaly in report.Anomalies)
        {
            if (anomaly.Kind == kind)
            {
                count++;
            }
        }

        if (count > 0)
        {
            advice.Add(Text($"{count} turn{(count == 1 ? "" : "s")} {what}"));
        }
    }

    private static string FailedNames(ToolCallOutcomes tools)
    {
        var names = new List<string>();
        foreach (var (_, name) in tools.Errors)
        {
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? "unnamed" : string.Join(", ", names);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
