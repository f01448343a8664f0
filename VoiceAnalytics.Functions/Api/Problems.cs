using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Functions.Api;

/// <summary>RFC 7807 problem details for every error the API returns, built in one place.</summary>
public static class Problems
{
    private const string TypeBase = "https://voice-analytics.local/problems/";

    public static IResult Unauthorized(string reason) =>
        Create(StatusCodes.Status401Unauthorized, "unauthorized", "Not authenticated", reason);

    public static IResult UnsupportedMediaType(string? contentType) =>
        Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported content type",
            $"Send the session as application/json, not {(string.IsNullOrEmpty(contentType) ? "no content type" : contentType)}.");

    public static IResult TooLarge(long limit) =>
        Create(StatusCodes.Status413PayloadTooLarge, "payload-too-large", "Payload too large",
            $"The body exceeds the {limit} byte limit (setting Ingest:MaxBodyBytes).");

    /// <summary>400 with the first <see cref="PayloadFaults.Cap"/> faults, the count of all and whether the list was cut.</summary>
    public static IResult Invalid(IReadOnlyList<PayloadError> errors)
    {
        var total = errors is PayloadFaults faults ? faults.TotalCount : errors.Count;
        var listed = errors.Take(PayloadFaults.Cap).Select(e => new { path = e.Path, message = e.Message }).ToList();
        var detail = listed.Count < total
            ? $"{total} fault(s); errors lists the first {listed.Count} with the JSON path of each."
            : $"{total} fault(s); see errors for the JSON path of each.";
        return Create(StatusCodes.Status400BadRequest, "invalid-payload", "The session payload is invalid", detail,
            new Dictionary<string, object?> { ["errors"] = listed, ["error_count"] = total, ["errors_truncated"] = listed.Count < total });
    }

    public static IResult Conflict(string sessionId) =>
        Create(StatusCodes.Status409Conflict, "session-conflict", "Session already accepted with a different body",
            $"Session {sessionId} was accepted earlier with a different body and has not failed; a session is immutable once accepted.");

    public static IResult NotFound(string sessionId) =>
        Create(StatusCodes.Status404NotFound, "session-not-found", "Unknown session", $"No session {sessionId} was received.");

    private static IResult Create(int status, string type, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeBase + type, extensions: extensions);
}
