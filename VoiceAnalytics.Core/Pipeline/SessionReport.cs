using System.Text.Json.Serialization;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;

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

    /// <summary>
    /// Entries of the payload's agent-defined sections that were skipped (the first 100, each with its JSON path), as
    /// the 202 answer listed them; analysis ran on the rest. <see cref="PayloadWarningCount"/> counts them all.
    /// </summary>
    public IReadOnlyList<PayloadWarning> PayloadWarnings { get; init; } = [];

    public int PayloadWarningCount { get; init; }

    /// <summary>"name@version" of every analyzer, sorted: the warehouse's <c>analyzer_version</c>.</summary>
    [JsonIgnore]
    public string AnalyzerVersionTag => string.Join(',', AnalyzerVersions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}@{p.Value}"));

    /// <summary>The report of a finished analysis: every result, and the version of each analyzer that produced it.</summary>
    public static SessionReport Create(SessionPayload session, DateTimeOffset analyzedAt, IEnumerable<Analysis.IAnalyzer> analyzers, IReadOnlyDictionary<string, object> results) => new()
    {
        SessionId = session.SessionId,
        PayloadWarnings = [.. session.Warnings.Select(w => new PayloadWarning(w.Path, w.Message))],
        PayloadWarningCount = session.WarningCount,
        AnalyzedAt = analyzedAt,
        AnalyzerVersions = analyzers.ToDictionary(a => a.Name, a => a.Version, StringComparer.Ordinal),
        Results = results.ToDictionary(StringComparer.Ordinal),
    };

    public T? Get<T>()
        where T : class => new AnalysisResults(Results).Get<T>();
}

/// <summary>A skipped entry of the payload: the JSON path of its first fault and what was wrong there.</summary>
public sealed record PayloadWarning(string Path, string Message);
