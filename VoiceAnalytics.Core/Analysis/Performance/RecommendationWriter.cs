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

    /// <summary>Names the stage with the highest average, the one worth optimising first.</summary>
    private static void AddDominantStage(PerformanceReport report, List<string> advice)
    {
        if (report.Total.Average is not { } total)
        {
            return;
        }

        var eou = report.EouDelay.Average ?? 0;
        var llm = report.LlmTtft.Average ?? 0;
        var tts = report.TtsTtfb.Average ?? 0;
        if (eou >= llm && eou >= tts && eou > 0)
        {
            advice.Add(Text($"End-of-utterance detection is the largest part of response latency (average {eou:0} ms; turns average {total:0} ms): shorten the endpointing delay or tune the turn detector."));
        }
        else if (llm >= tts && llm > 0)
        {
            advice.Add(Text($"LLM time to first token is the largest part of response latency (average {llm:0} ms; turns average {total:0} ms): use a faster model, a shorter prompt or prompt caching."));
        }
        else if (tts > 0)
        {
            advice.Add(Text($"TTS time to first byte is the largest part of response latency (average {tts:0} ms; turns average {total:0} ms): use a lower-latency voice or a region closer to the agent."));
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
