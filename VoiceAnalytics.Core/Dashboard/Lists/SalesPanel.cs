using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>The body of <c>GET /api/dashboard/sales</c> (spec 6.5); docs/dashboard-api.md describes every field.</summary>
public sealed record SalesPanel(
    [property: JsonPropertyName("window")] ListWindow Window,
    [property: JsonPropertyName("generated_at")] DateTimeOffset GeneratedAt,
    [property: JsonPropertyName("lead_scores")] LeadScoreHistogram LeadScores,
    [property: JsonPropertyName("top_industries")] IndustryList TopIndustries,
    [property: JsonPropertyName("team_sizes")] TeamSizeHistogram TeamSizes,
    [property: JsonPropertyName("integrations")] IntegrationList Integrations,
    [property: JsonPropertyName("competitors")] CompetitorList Competitors,
    [property: JsonPropertyName("objections")] ObjectionList Objections);

public sealed record LeadScoreHistogram(
    [property: JsonPropertyName("scored_sessions")] long ScoredSessions,
    [property: JsonPropertyName("buckets")] IReadOnlyList<Bucket> Buckets);

/// <param name="Min">Lowest value in the bucket.</param>
/// <param name="Max">Highest value, null for an open bucket (26+).</param>
/// <param name="Share">Sessions / the histogram's sessions, null when it has none.</param>
public sealed record Bucket(
    [property: JsonPropertyName("bucket")] string Label,
    [property: JsonPropertyName("min")] int Min,
    [property: JsonPropertyName("max")] int? Max,
    [property: JsonPropertyName("sessions")] long Sessions,
    [property: JsonPropertyName("share")] double? Share);

public sealed record IndustryList(
    [property: JsonPropertyName("sessions_with_industry")] long SessionsWithIndustry,
    [property: JsonPropertyName("items")] IReadOnlyList<IndustryEntry> Items);

public sealed record IndustryEntry(
    [property: JsonPropertyName("industry")] string Industry,
    [property: JsonPropertyName("sessions")] long Sessions,
    [property: JsonPropertyName("share")] double? Share);

/// <param name="Tier1MinTeamSize">The Tier 1 seat threshold (LeadScoring:Tier1MinTeamSize).</param>
public sealed record TeamSizeHistogram(
    [property: JsonPropertyName("tier1_min_team_size")] int Tier1MinTeamSize,
    [property: JsonPropertyName("sessions_with_team_size")] long SessionsWithTeamSize,
    [property: JsonPropertyName("buckets")] IReadOnlyList<TeamSizeBucket> Buckets);

/// <param name="Tier1">Every team size in the bucket reaches the Tier 1 threshold.</param>
public sealed record TeamSizeBucket(
    [property: JsonPropertyName("bucket")] string Label,
    [property: JsonPropertyName("min")] int Min,
    [property: JsonPropertyName("max")] int? Max,
    [property: JsonPropertyName("sessions")] long Sessions,
    [property: JsonPropertyName("share")] double? Share,
    [property: JsonPropertyName("tier1")] bool Tier1);

public sealed record IntegrationList([property: JsonPropertyName("items")] IReadOnlyList<IntegrationEntry> Items);

public sealed record IntegrationEntry(
    [property: JsonPropertyName("integration")] string Integration,
    [property: JsonPropertyName("sessions")] long Sessions,
    [property: JsonPropertyName("tier1_sessions")] long Tier1Sessions,
    [property: JsonPropertyName("tier2_sessions")] long Tier2Sessions,
    [property: JsonPropertyName("untiered_sessions")] long UntieredSessions);

public sealed record CompetitorList(
    [property: JsonPropertyName("mentions")] long Mentions,
    [property: JsonPropertyName("items")] IReadOnlyList<CompetitorEntry> Items);

/// <param name="Sentiment">The sentiment most of its mentions carry (ties: negative, then neutral, then positive).</param>
public sealed record CompetitorEntry(
    [property: JsonPropertyName("competitor")] string Competitor,
    [property: JsonPropertyName("mentions")] long Mentions,
    [property: JsonPropertyName("positive")] long Positive,
    [property: JsonPropertyName("neutral")] long Neutral,
    [property: JsonPropertyName("negative")] long Negative,
    [property: JsonPropertyName("sentiment")] string Sentiment);

public sealed record ObjectionList(
    [property: JsonPropertyName("objections")] long Objections,
    [property: JsonPropertyName("items")] IReadOnlyList<ObjectionEntry> Items);

public sealed record ObjectionEntry(
    [property: JsonPropertyName("objection")] string Objection,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("sessions")] long Sessions,
    [property: JsonPropertyName("resolved")] long Resolved,
    [property: JsonPropertyName("resolution_rate")] double? ResolutionRate);
