using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Storage;

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

    /// <summary>400 with the first <see cref="PayloadFaults.Cap"/> errors, the count of all and whether the list was cut.</summary>
    public static IResult Invalid(IReadOnlyList<PayloadError> errors, int total)
    {
        ArgumentNullException.ThrowIfNull(errors);
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

    public static IResult Erased(string sessionId) =>
        Create(StatusCodes.Status410Gone, "session-erased", "Session erased on request",
            $"Session {sessionId} was erased on its person's request (DELETE /api/people/{{email}}); it is not taken in again. A new call is a new session.");

    public static IResult NotFailed(string sessionId, string status) =>
        Create(StatusCodes.Status409Conflict, "session-not-failed", "Only a failed session can be retried",
            $"Session {sessionId} is {status}, not failed; it is not queued again.",
            new Dictionary<string, object?> { ["session_status"] = status });

    public static IResult NotFound(string sessionId) =>
        Create(StatusCodes.Status404NotFound, "session-not-found", "Unknown session", $"No session {sessionId} was received.");

    /// <summary>400 for a bad route or query value, in the shape of <see cref="Invalid"/> (the parameter name as the path).</summary>
    public static IResult InvalidParameter(string parameter, string message) =>
        Create(StatusCodes.Status400BadRequest, "invalid-parameter", "A request parameter is invalid", $"Parameter '{parameter}': {message}",
            new Dictionary<string, object?> { ["errors"] = new[] { new { path = parameter, message } }, ["error_count"] = 1, ["errors_truncated"] = false });

    public static IResult AssetNotFound(string name) =>
        Create(StatusCodes.Status404NotFound, "dashboard-file-not-found", "Unknown dashboard file", $"The dashboard has no file '{(name.Length <= 80 ? name : name[..80] + "...")}'.");

    public static IResult ErasureNotFound(string erasureId) =>
        Create(StatusCodes.Status404NotFound, "erasure-not-found", "Unknown erasure", $"No erasure {erasureId} was recorded.");

    public static IResult RequestTimeout() =>
        Create(StatusCodes.Status408RequestTimeout, "request-timeout", "The request body stalled",
            "The body arrived too slowly (below the server's minimum data rate) and was not read to its end; send it again.");

    /// <summary>503 with <c>Retry-After</c>: storage cannot take the write now; nothing was stored.</summary>
    public static IResult StorageUnavailable(StorageFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new WithRetryAfter(
            Create(StatusCodes.Status503ServiceUnavailable, "storage-unavailable", "Storage unavailable", failure.Describe() + " Retry later.",
                new Dictionary<string, object?> { ["cause"] = failure.Cause }),
            failure.RetryAfter);
    }

    private static IResult Create(int status, string type, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeBase + type, extensions: extensions);

    /// <summary>A problem result with a <c>Retry-After</c> header (seconds).</summary>
    private sealed class WithRetryAfter(IResult problem, TimeSpan retryAfter) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => (problem as IStatusCodeHttpResult)?.StatusCode;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }
}
