using System.Globalization;
using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Actions;
using VoiceAnalytics.Core.Analysis.Gaps;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sales.Deal;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>
/// A session and its report as the Amplitude events of data-flow spec section 5, with the spec's event and property
/// names. Every event carries a stable insert_id (session, event type, index) and a <c>time</c> from the call itself,
/// so delivering the same session again is deduplicated by Amplitude instead of counted twice. The user properties of
/// 5.2 ride on the session-completed event: known values are <c>$set</c> (an unknown one keeps the earlier call's),
/// and <c>total_calls</c> is <c>$add</c>ed, which the insert_id keeps to once per session.
/// </summary>
public sealed class AmplitudeEventMapper(int minIdLength = AmplitudeIdentity.DefaultMinIdLength)
{
    private static readonly string[] DemoCues = ["demo", "show me", "walk me through", "see it", "see how"];

    public IReadOnlyList<AmplitudeEvent> Map(SessionPayload session, SessionReport report)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(report);
        var context = new MapContext(session, report, AmplitudeIdentity.Of(session, minIdLength), ToolInvocations.Read(session));
        return
        [
            SessionCompleted(context),
            .. KnowledgeBaseSearches(context),
            .. MeetingBookings(context),
            .. FeaturesDiscussed(context),
            .. QualityMeasured(context),
            .. LatencyMeasured(context),
        ];
    }

    private static AmplitudeEvent SessionCompleted(MapContext c)
    {
        var quality = c.Report.Get<ConversationQualityReport>();
        var properties = new Dictionary<string, object?>
        {
            ["session_id"] = c.Session.SessionId,
            ["duration_seconds"] = (long)Math.Round(c.Session.EffectiveDurationSeconds),
            ["turn_count"] = c.Session.Transcript.Messages.Count(m => m.IsUser || m.IsAssistant),
            ["qualification_tier"] = c.Tier,
            ["engagement_score"] = quality is null ? null : Round(quality.QualityScore),
            ["sentiment"] = c.Report.Get<SentimentReport>()?.Overall,
            ["meeting_booked"] = c.Sales?.Deal.MeetingBooked ?? c.Tools.Any(t => IsBooking(t) && MeetingBookingReader.Succeeded(t.Output)),
            ["tool_calls_count"] = c.Tools.Count,
        };
        return c.Event(AmplitudeEventNames.SessionCompleted, 0, c.EndedAt, properties) with { UserProperties = UserProperties(c) };
    }

    private static Dictionary<string, object?> UserProperties(MapContext c)
    {
        var lead = c.Report.Get<LeadScoreReport>();
        var set = new Dictionary<string, object?>
        {
            ["team_size"] = c.Sales?.Sizing.TeamSize?.Value,
            ["monthly_volume"] = c.Sales?.Sizing.MonthlyVolume?.Value,
            ["industry"] = c.Sales?.ProductFit.Industry?.Value,
            ["location"] = Location(c.Session),
            ["qualification_tier"] = c.Tier,
            ["lead_score"] = lead?.Score,
            ["last_call_date"] = c.Session.StartTime.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        };
        return new Dictionary<string, object?>
        {
            ["$set"] = set.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value),
            ["$add"] = new Dictionary<string, object?> { ["total_calls"] = 1 },
        };
    }

    private static IEnumerable<AmplitudeEvent> KnowledgeBaseSearches(MapContext c) =>
        c.Tools.Where(t => t.Name == KnowledgeSearchReader.ToolName).Select((search, index) =>
        {
            var (found, _, count, _) = KnowledgeSearchReader.ReadOutput(search.Output);
            return c.Event(AmplitudeEventNames.KnowledgeBaseSearched, index, search.CalledAt, new Dictionary<string, object?>
            {
                ["query"] = search.Argument("query") ?? "",
                ["results_found"] = found,
                ["total_results"] = count ?? (found ? null : 0),
                ["category"] = search.Argument("category"),
                ["session_id"] = c.Session.SessionId,
            });
        });

    private static IEnumerable<AmplitudeEvent> MeetingBookings(MapContext c) =>
        c.Tools.Where(IsBooking).Select((booking, index) =>
        {
            var success = MeetingBookingReader.Succeeded(booking.Output);
            var at = success ? MeetingTime.Of(booking, c.Session.StartTime) : null;
            return c.Event(AmplitudeEventNames.SalesMeetingBooked, index, booking.CalledAt, new Dictionary<string, object?>
            {
                ["meeting_time"] = at?.ToString("O", CultureInfo.InvariantCulture),
                ["preferred_date"] = booking.Argument("preferred_date"),
                ["preferred_time"] = booking.Argument("preferred_time") ?? booking.Argument("preferred_time_window"),
                ["success"] = success,
                ["qualification_tier"] = c.Tier,
                ["session_id"] = c.Session.SessionId,
            });
        });

    private static IEnumerable<AmplitudeEvent> FeaturesDiscussed(MapContext c)
    {
        var objectionItems = (c.Report.Get<ObjectionReport>()?.Objections ?? [])
            .Select(o => o.Evidence.ItemId).ToHashSet(StringComparer.Ordinal);
        return (c.Sales?.ProductFit.FeatureRequests ?? []).Select((feature, index) => c.Event(
            AmplitudeEventNames.FeatureDiscussed,
            index,
            c.TimeOf(feature.Evidence) ?? c.EndedAt,
            new Dictionary<string, object?>
            {
                ["feature_name"] = feature.Value,
                ["interest_level"] = InterestLevel(feature.Confidence),
                ["context"] = FeatureContext(feature.Evidence, objectionItems),
                ["session_id"] = c.Session.SessionId,
            }));
    }

    private static IEnumerable<AmplitudeEvent> QualityMeasured(MapContext c)
    {
        if (c.Report.Get<ConversationQualityReport>() is not { } quality)
        {
            yield break;
        }

        yield return c.Event(AmplitudeEventNames.ConversationQualityMeasured, 0, c.EndedAt, new Dictionary<string, object?>
        {
            ["quality_score"] = Round(quality.QualityScore),
            ["turn_balance"] = quality.TurnBalance.Ratio is { } ratio ? Round(ratio) : null,
            ["interruption_count"] = quality.Interruptions,
            ["dead_air_percentage"] = quality.Speaking.DeadAirPercent is { } deadAir ? Round(deadAir) : null,
            ["natural_ending"] = quality.NaturalEnding,
            ["session_id"] = c.Session.SessionId,
        });
    }

    private static IEnumerable<AmplitudeEvent> LatencyMeasured(MapContext c)
    {
        if (c.Report.Get<PerformanceReport>() is not { } performance)
        {
            yield break;
        }

        yield return c.Event(AmplitudeEventNames.LatencyMeasured, 0, c.EndedAt, new Dictionary<string, object?>
        {
            // The call's latency on its basis, so a realtime call (no pipeline stages) shows its e2e latency too.
            ["avg_latency_ms"] = Ms(performance.Latency.Average),
            ["p95_latency_ms"] = Ms(performance.Latency.P95),
            ["max_latency_ms"] = Ms(performance.Latency.Max),
            ["avg_llm_ttft_ms"] = Ms(performance.LlmTtft.Average),
            ["avg_tts_ttfb_ms"] = Ms(performance.TtsTtfb.Average),
            ["total_tokens"] = performance.TotalTokens,
            ["session_id"] = c.Session.SessionId,
        });
    }

    private static bool IsBooking(ToolInvocation tool) => string.Equals(tool.Name, MeetingBookingReader.ToolName, StringComparison.Ordinal);

    /// <summary>How sure the analyzer is that the capability was asked about: a clear ask reads as high interest.</summary>
    private static string InterestLevel(double confidence) => confidence >= 0.85 ? "high" : confidence >= 0.65 ? "medium" : "low";

    /// <summary>objection when the same turn raised an objection, demo_request when the user asked to see it, else question.</summary>
    private static string FeatureContext(Evidence? evidence, HashSet<string> objectionItems)
    {
        if (evidence is null)
        {
            return "question";
        }

        return objectionItems.Contains(evidence.ItemId) ? "objection"
            : DemoCues.Any(cue => evidence.Quote.Contains(cue, StringComparison.OrdinalIgnoreCase)) ? "demo_request"
            : "question";
    }

    /// <summary>The agent's own location hint (discovered_signals.location); no analyzer extracts one.</summary>
    private static string? Location(SessionPayload session) =>
        session.DiscoveredSignals is { ValueKind: JsonValueKind.Object } signals
        && signals.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.String
        && location.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static double Round(double value) => Math.Round(value, 2);

    /// <summary>The start plus a duration, held at the last representable instant (the contract allows durations up to 10^15 s).</summary>
    private static DateTimeOffset AddSecondsWithinRange(DateTimeOffset start, double seconds) =>
        seconds < (DateTimeOffset.MaxValue - start).TotalSeconds ? start.AddSeconds(seconds) : DateTimeOffset.MaxValue;

    private static long? Ms(double? value) => value is { } v ? (long)Math.Round(v) : null;

    /// <summary>What every event of one session shares: the session, its report, who it is about, its tool calls.</summary>
    private sealed record MapContext(SessionPayload Session, SessionReport Report, AmplitudeIdentity Identity, IReadOnlyList<ToolInvocation> Tools)
    {
        public SalesIntelligenceReport? Sales { get; } = Report.Get<SalesIntelligenceReport>();

        public string Tier { get; } = Report.Get<LeadScoreReport>()?.QualificationTier ?? "Unknown";

        /// <summary>When the call ended: the envelope's end, else the last transcript item, else start plus duration.</summary>
        public DateTimeOffset EndedAt => Session.EndTime
            ?? (Session.Transcript.Items.Count > 0 && Session.Transcript.Items.Max(i => i.CreatedAt) is > 0 and var last
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(last * 1000))
                : AddSecondsWithinRange(Session.StartTime, Session.EffectiveDurationSeconds));

        /// <summary>When the transcript item the evidence quotes was said.</summary>
        public DateTimeOffset? TimeOf(Evidence? evidence) =>
            evidence is null ? null
            : Session.Transcript.Items.FirstOrDefault(i => i.Id == evidence.ItemId) is { CreatedAt: > 0 } item
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(item.CreatedAt * 1000))
                : null;

        public AmplitudeEvent Event(string type, int index, DateTimeOffset time, IReadOnlyDictionary<string, object?> properties) => new(type)
        {
            UserId = Identity.UserId,
            DeviceId = Identity.DeviceId,
            Time = time,
            InsertId = AmplitudeInsertId.For(Session.SessionId, type, index.ToString(CultureInfo.InvariantCulture)),
            SessionId = Session.StartTime.ToUnixTimeMilliseconds(),
            EventProperties = properties,
        };
    }
}
