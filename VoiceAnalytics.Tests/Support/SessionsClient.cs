using System.Net.Http.Headers;
using System.Text.Json;
using VoiceAnalytics.Core.Ingest;

namespace VoiceAnalytics.Tests.Support;

/// <summary>How the agent talks to the API, for tests: keyed or signed POSTs, and status polling.</summary>
public static class SessionsClient
{
    public static HttpRequestMessage Post(byte[] body, string? key = ApiHost.Key, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/sessions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        return request;
    }

    public static HttpRequestMessage PostSigned(byte[] body, long timestamp, string secret = ApiHost.Secret)
    {
        var request = Post(body, key: null);
        request.Headers.Add("X-Signature", $"t={timestamp},v1={RequestAuthenticator.Sign(secret, timestamp, body)}");
        return request;
    }

    public static async Task<JsonElement> GetStatusAsync(HttpClient client, string sessionId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{sessionId}");
        request.Headers.Add("x-functions-key", ApiHost.Key);
        using var response = await client.SendAsync(request).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false)).RootElement.Clone();
    }

    /// <summary>Polls until the session reaches <paramref name="status"/>; fails after the timeout with the last status seen.</summary>
    public static async Task<JsonElement> WaitForStatusAsync(HttpClient client, string sessionId, string status, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90)); // returns as soon as reached; the cap only has to outlast a loaded machine
        JsonElement last;
        do
        {
            last = await GetStatusAsync(client, sessionId).ConfigureAwait(false);
            if (last.GetProperty("status").GetString() == status)
            {
                return last;
            }

            await Task.Delay(25).ConfigureAwait(false);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Session {sessionId} did not reach {status}; last seen: {last}");
    }
}
