using System.Text.Json;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Dashboard;

/// <summary>
/// What one warehouse record adds to the dashboard's rollups: its key, its figures and its cost per provider. Every
/// adapter takes its figures from here, so the definitions below are the dashboard's (docs/dashboard-api.md):
/// <list type="bullet">
/// <item>error: the agent closed the call with <c>close_reason: error</c>, or a tool call returned an error (the ops
/// rules' call error, <c>CallOutcomeReader</c>, without the processing failures the warehouse never sees);</item>
/// <item>natural ending and satisfaction proxy: the conversation-quality analyzer's <c>natural_ending</c> and
/// <c>satisfaction_proxy</c> (0-10: sentiment 50 %, engagement 20 %, resolution 30 %);</item>
/// <item>engagement: the session's <c>engagement_score</c> (the quality score, 0-10);</item>
/// <item>connection quality from the payload's packet loss and jitter (bandwidth is not kept): <see cref="ConnectionClass"/>.</item>
/// </list>
/// </summary>
public sealed record DashboardFacts(DashboardKey Key, DashboardTotals Totals, IReadOnlyList<(string Provider, double Usd)> Costs)
{
    /// <summary>The provider name of our own language-model analysis of the call (analysis_llm_costs).</summary>
    public const string AnalysisProvider = "analysis_llm";

    /// <summary>More interruptions than this make an interrupted call (spec 6.3: "&gt;3").</summary>
    public const int InterruptionThreshold = 3;

    public static DashboardFacts Of(WarehouseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var session = record.Session;
        var t = new DashboardTotals();
        t[Measure.Sessions] = 1;
        t[Measure.Qualified] = session.QualificationTier == QualificationTierRule.Qualified ? 1 : 0;
        t[Measure.Meetings] = session.MeetingBooked ? 1 : 0;
        t[Measure.QualifiedMeetings] = session.MeetingBooked && session.QualificationTier == QualificationTierRule.Qualified ? 1 : 0;
        t[Measure.Positive] = session.Sentiment == "positive" ? 1 : 0;
        t[Measure.Neutral] = session.Sentiment == "neutral" ? 1 : 0;
        t[Measure.Negative] = session.Sentiment == "negative" ? 1 : 0;
        t[Measure.Errors] = string.Equals(session.CloseReason, "error", StringComparison.OrdinalIgnoreCase) || session.FailedTools.Count > 0 ? 1 : 0;
        t[Measure.Interrupted] = session.InterruptionCount > InterruptionThreshold ? 1 : 0;
        t[Measure.DurationSeconds] = session.DurationSeconds;
        t.Count(DashboardLayout.Duration, session.DurationSeconds);
        t[Measure.Turns] = session.TurnCount;
        t.Count(DashboardLayout.Turns, session.TurnCount);
        if (session.EngagementScore is { } engagement)
        {
            t[Measure.EngagementMeasured] = 1;
            t[Measure.EngagementSum] = engagement;
            t.Count(DashboardLayout.Engagement, engagement);
        }

        if (session.LeadScore is { } score)
        {
            t[Measure.LeadScored] = 1;
            t[Measure.LeadScoreSum] = score;
            t.Count(DashboardLayout.LeadScore, score);
        }

        Quality(record.Analysis.Get("quality_analysis"), t);
        foreach (var metric in record.Metrics)
        {
            t.Add(Measure.Tokens, metric.TotalTokens ?? ((metric.PromptTokens ?? 0) + (metric.CompletionTokens ?? 0)));
            if (metric.TotalLatencyMs is { } latency)
            {
                t.Add(Measure.LatencyTurns, 1);
                t.Add(Measure.LatencySumMs, latency);
                t.Count(DashboardLayout.Latency, latency);
            }
        }

        t.Add(ConnectionClass(session.PacketLossPercent, session.JitterMs), 1);
        var costs = CostsOf(record.Analysis.Get("performance_analysis"), record.LlmCost);
        t[Measure.CostUsd] = costs.Sum(c => c.Usd);
        return new DashboardFacts(KeyOf(session), t, costs);
    }

    public static DashboardKey KeyOf(SessionRow session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new DashboardKey(
            WarehouseTime.Format(session.StartTime)[..13], session.QualificationTier ?? "", session.Sentiment ?? "", session.Industry ?? "", session.AgentVersion ?? "");
    }

    /// <summary>
    /// Excellent below half the spec's targets for good quality (packet loss &lt; 0.5 %, jitter &lt; 15 ms); good below
    /// the targets (&lt; 1 %, &lt; 30 ms, spec 2.x connection_quality); poor at or above the ops rule's default poor call
    /// (3 %, 50 ms, <c>OpsAlertOptions</c>); fair between. A figure the payload did not give is not held against the
    /// call; neither given: unknown.
    /// </summary>
    public static Measure ConnectionClass(double? packetLossPercent, double? jitterMs)
    {
        if (packetLossPercent is null && jitterMs is null)
        {
            return Measure.ConnectionUnknown;
        }

        var loss = packetLossPercent ?? 0;
        var jitter = jitterMs ?? 0;
        return loss >= 3 || jitter >= 50 ? Measure.ConnectionPoor
            : loss >= 1 || jitter >= 30 ? Measure.ConnectionFair
            : loss >= 0.5 || jitter >= 15 ? Measure.ConnectionGood
            : Measure.ConnectionExcellent;
    }

    private static void Quality(JsonElement? quality, DashboardTotals t)
    {
        if (quality is not { ValueKind: JsonValueKind.Object } q)
        {
            return;
        }

        t[Measure.QualityMeasured] = 1;
        t[Measure.NaturalEndings] = q.TryGetProperty("natural_ending", out var ending) && ending.ValueKind == JsonValueKind.True ? 1 : 0;
        if (q.TryGetProperty("satisfaction_proxy", out var satisfaction) && satisfaction.ValueKind == JsonValueKind.Number)
        {
            t[Measure.SatisfactionMeasured] = 1;
            t[Measure.SatisfactionSum] = satisfaction.GetDouble();
        }
    }

    /// <summary>The voice agent's cost per provider (<c>performance_analysis.cost.by_provider</c>) plus our analysis's.</summary>
    private static List<(string Provider, double Usd)> CostsOf(JsonElement? performance, LlmCostRow? analysis)
    {
        var costs = new Dictionary<string, double>(StringComparer.Ordinal);
        if (performance is { ValueKind: JsonValueKind.Object } p
            && p.TryGetProperty("cost", out var cost) && cost.ValueKind == JsonValueKind.Object
            && cost.TryGetProperty("by_provider", out var lines) && lines.ValueKind == JsonValueKind.Array)
        {
            foreach (var line in lines.EnumerateArray())
            {
                if (line.ValueKind == JsonValueKind.Object && line.TryGetProperty("usd", out var usd) && usd.ValueKind == JsonValueKind.Number)
                {
                    var provider = line.TryGetProperty("provider", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : "unknown";
                    costs[provider] = costs.GetValueOrDefault(provider) + usd.GetDouble();
                }
            }
        }

        if (analysis is { CostUsd: > 0 })
        {
            costs[AnalysisProvider] = costs.GetValueOrDefault(AnalysisProvider) + analysis.CostUsd;
        }

        return [.. costs.Select(c => (c.Key, c.Value))];
    }
}
