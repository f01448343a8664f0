using System.Net;
using System.Text.Json;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>
/// Turns REST responses into <see cref="SalesforceResult"/>s, per "Status Codes and Error Responses"
/// (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm): 300 = the external id
/// matches several records; 400 = the body is wrong; 403 <c>REQUEST_LIMIT_EXCEEDED</c> = the org's API limit;
/// 404 = no such resource; 5xx = Salesforce's side.
/// </summary>
internal static class SalesforceResponses
{
    public const string RequestLimitExceeded = "REQUEST_LIMIT_EXCEEDED";

    /// <summary>
    /// A create, update or upsert. Success bodies are <c>{"id","success":true,"errors":[],"created":true}</c> (201) or
    /// empty (204; 200 for an upsert on some versions) (https://developer.salesforce.com/docs/platform/api-rest/guide/dome-upsert.html).
    /// </summary>
    public static SalesforceResult Write(SalesforceResponse response, string sObject, string? knownId)
    {
        var status = (int)response.Status;
        if (status is >= 200 and < 300)
        {
            var (id, created) = ReadSaveResult(response.Body);
            return SalesforceResult.Success(id ?? knownId, sObject, response.Status == HttpStatusCode.Created || created, status);
        }

        if (response.Status == HttpStatusCode.MultipleChoices)
        {
            var ids = MatchingIds(response.Body);
            return SalesforceResult.Permanent($"HTTP 300: the external id matches {ids.Count} {sObject} records: {string.Join(", ", ids)}", [], status) with
            {
                MatchingIds = ids,
            };
        }

        return Failure(response);
    }

    /// <summary>A SOQL query: <c>{"totalSize","done","records":[{"attributes":{...},"Id":"..."}]}</c>; the first record's Id or none.</summary>
    public static SalesforceResult FirstId(SalesforceResponse response, string sObject)
    {
        if (response.Status != HttpStatusCode.OK)
        {
            return Failure(response);
        }

        try
        {
            using var json = JsonDocument.Parse(response.Body);
            var id = json.RootElement.TryGetProperty("records", out var records) && records.ValueKind == JsonValueKind.Array
                ? records.EnumerateArray().Select(r => Text(r, "Id")).FirstOrDefault(i => i is not null)
                : null;
            return SalesforceResult.Success(id, id is null ? null : sObject, statusCode: 200);
        }
        catch (JsonException)
        {
            return SalesforceResult.Transient("HTTP 200 with an unreadable query result", statusCode: 200);
        }
    }

    public static SalesforceResult Failure(SalesforceResponse response)
    {
        var errors = SalesforceErrorParser.Parse(response.Body);
        var status = (int)response.Status;
        var reason = Describe(response.Status, errors);
        if (response.Status == HttpStatusCode.Forbidden && errors.Any(e => e.ErrorCode == RequestLimitExceeded))
        {
            return SalesforceResult.Transient("rate limited: " + reason, response.RetryAfter, status, errors);
        }

        return IsTransientStatus(response.Status)
            ? SalesforceResult.Transient(reason, response.RetryAfter, status, errors)
            : SalesforceResult.Permanent(reason, errors, status);
    }

    public static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary><c>HTTP 400 REQUIRED_FIELD_MISSING (LastName, Company)</c>: codes and field names, never messages (they echo values).</summary>
    public static string Describe(HttpStatusCode status, IReadOnlyList<SalesforceError> errors)
    {
        var parts = errors.Select(e => e.Fields.Count == 0 ? e.ErrorCode : $"{e.ErrorCode} ({string.Join(", ", e.Fields)})").Distinct().ToList();
        return parts.Count == 0 ? $"HTTP {(int)status}" : $"HTTP {(int)status} {string.Join("; ", parts)}";
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static (string? Id, bool Created) ReadSaveResult(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, false);
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return root.ValueKind != JsonValueKind.Object
                ? (null, false)
                : (Text(root, "id"), root.TryGetProperty("created", out var created) && created.ValueKind == JsonValueKind.True);
        }
        catch (JsonException)
        {
            return (null, false);
        }
    }

    /// <summary>The 300 body lists the matching records, as URLs (<c>/services/data/v60.0/sobjects/X/a01...</c>) or as records.</summary>
    private static List<string> MatchingIds(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [];
            return [.. items.Select(IdOf).OfType<string>()];
        }
        catch (JsonException)
        {
            return [];
        }

        static string? IdOf(JsonElement item) => item.ValueKind switch
        {
            JsonValueKind.String => LastSegment(item.GetString()),
            JsonValueKind.Object => Text(item, "Id") ?? Text(item, "id")
                ?? (item.TryGetProperty("attributes", out var attributes) ? LastSegment(Text(attributes, "url")) : null),
            _ => null,
        };

        static string? LastSegment(string? url) =>
            url?.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed[(trimmed.LastIndexOf('/') + 1)..] : null;
    }

    private static string? Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
