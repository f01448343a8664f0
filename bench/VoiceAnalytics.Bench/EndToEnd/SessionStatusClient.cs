using System.Globalization;
using System.Net;
using System.Text.Json;

namespace VoiceAnalytics.Bench.EndToEnd;

/// <summary>What <c>GET /api/sessions/{id}</c> said: the status, when the session last changed, or why it could not say.</summary>
public readonly record struct SessionStatus(string Status, DateTimeOffset? UpdatedAt, string? Error = null)
{
    public const string Analyzed = "analyzed";
    public const string Failed = "failed";

    /// <summary>404: the store has no such session (its POST never got a 202).</summary>
    public const string Missing = "missing";

    /// <summary>Analyzed, failed or missing: it will not change any more by waiting.</summary>
    public bool IsFinal => Status is Analyzed or Failed or Missing;
}

/// <summary>Reads a session's status through the public API, as a client would (the client carries the key header).</summary>
/// <param name="sessions">The <c>/api/sessions</c> endpoint the POSTs go to.</param>
public sealed class SessionStatusClient(HttpClient client, Uri sessions)
{
    /// <summary>The status, or an <c>error</c> status with the reason for anything but a 200 or a 404.</summary>
    public async Task<SessionStatus> GetAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(sessions + "/" + Uri.EscapeDataString(sessionId)), cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return new SessionStatus(SessionStatus.Missing, null);
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new SessionStatus("error", null, $"HTTP {(int)response.StatusCode}");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            var root = json.RootElement;
            var status = root.TryGetProperty("status", out var s) ? s.GetString() ?? "" : "";
            DateTimeOffset? updatedAt = root.TryGetProperty("updated_at", out var u) && u.ValueKind == JsonValueKind.String
                ? DateTimeOffset.Parse(u.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
                : null;
            return new SessionStatus(status, updatedAt);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or JsonException or FormatException
                                   || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new SessionStatus("error", null, ex.GetType().Name + ": " + ex.Message);
        }
    }
}
