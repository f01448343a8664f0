using System.Text.Json;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Core.Sinks.Redelivery;

/// <summary>
/// Restores the <see cref="SessionReport"/> the pipeline stored with the session (<c>report_json</c>, as
/// <c>GET /api/sessions/{id}</c> returns it): each result back to its analyzer's type, so sinks read it with
/// <c>report.Get&lt;T&gt;()</c> exactly as on the first delivery. A result of an analyzer no longer registered stays
/// a <see cref="JsonElement"/>.
/// </summary>
public sealed class StoredReportReader(IEnumerable<IAnalyzer> analyzers)
{
    private readonly Dictionary<string, Type> _types = analyzers.ToDictionary(a => a.Name, a => a.ResultType, StringComparer.Ordinal);

    public SessionReport Read(string reportJson)
    {
        using var document = JsonDocument.Parse(reportJson);
        var root = document.RootElement;
        var results = new Dictionary<string, object>(StringComparer.Ordinal);
        if (root.TryGetProperty("results", out var stored) && stored.ValueKind == JsonValueKind.Object)
        {
            foreach (var result in stored.EnumerateObject())
            {
                results[result.Name] = AnalyzerTimedOut.TryRead(result.Value) is { } timedOut ? (object)timedOut
                    : _types.TryGetValue(result.Name, out var type)
                    ? result.Value.Deserialize(type, ReportJson.Options) ?? throw new JsonException($"The stored result of {result.Name} is null.")
                    : result.Value.Clone();
            }
        }

        return new SessionReport
        {
            SessionId = root.GetProperty("session_id").GetString() ?? throw new JsonException("The stored report has no session_id."),
            SchemaVersion = root.TryGetProperty("schema_version", out var schema) ? schema.GetInt32() : SessionReport.CurrentSchemaVersion,
            AnalyzedAt = root.GetProperty("analyzed_at").GetDateTimeOffset(),
            AnalyzerVersions = root.TryGetProperty("analyzer_versions", out var versions)
                ? versions.Deserialize<Dictionary<string, int>>(ReportJson.Options) ?? []
                : new Dictionary<string, int>(),
            Results = results,
            PayloadWarnings = root.TryGetProperty("payload_warnings", out var warnings)
                ? warnings.Deserialize<List<PayloadWarning>>(ReportJson.Options) ?? []
                : [],
            PayloadWarningCount = root.TryGetProperty("payload_warning_count", out var count) ? count.GetInt32() : 0,
        };
    }
}
