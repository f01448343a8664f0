using System.Text.Json.Serialization;
using VoiceAnalytics.Core.Analysis;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// Everything the analysis produced for one session, in one record. <see cref="SchemaVersion"/> is the shape of
/// this record; <see cref="AnalyzerVersions"/> says which analyzer versions produced <see cref="Results"/>.
/// </summary>
public sealed record SessionReport
{
    public const int CurrentSchemaVersion = 1;

    public required string SessionId { get; init; }

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required DateTimeOffset AnalyzedAt { get; init; }

    public required IReadOnlyDictionary<string, int> AnalyzerVersions { get; init; }

    /// <summary>Result objects by analyzer name; serialized with their runtime types.</summary>
    public required IReadOnlyDictionary<string, object> Results { get; init; }

    /// <summary>"name@version" of every analyzer, sorted: the warehouse's <c>analyzer_version</c>.</summary>
    [JsonIgnore]
    public string AnalyzerVersionTag => string.Join(',', AnalyzerVersions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}@{p.Value}"));

    /// <summary>The report of a finished analysis: every result, and the version of each analyzer that produced it.</summary>
    public static SessionReport Create(string sessionId, DateTimeOffset analyzedAt, IEnumerable<Analysis.IAnalyzer> analyzers, IReadOnlyDictionary<string, object> results) => new()
    {
        SessionId = sessionId,
        AnalyzedAt = analyzedAt,
        AnalyzerVersions = analyzers.ToDictionary(a => a.Name, a => a.Version, StringComparer.Ordinal),
        Results = results.ToDictionary(StringComparer.Ordinal),
    };

    public T? Get<T>()
        where T : class => new AnalysisResults(Results).Get<T>();
}
