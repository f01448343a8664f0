using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>
/// Obtains and caches the access token of the OAuth 2.0 client-credentials flow: POST <c>{LoginUrl}/services/oauth2/token</c>
/// with <c>grant_type=client_credentials&amp;client_id=...&amp;client_secret=...</c> answers
/// <c>{"access_token","instance_url","token_type":"Bearer","issued_at",...}</c>
/// (https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_client_credentials_flow.htm).
/// A singleton: the typed <see cref="SalesforceClient"/> is transient, the token outlives it.
/// </summary>
public sealed class SalesforceTokenCache : IDisposable
{
    private readonly SalesforceOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SalesforceTokenCache> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SalesforceAccessToken? _current;

    public SalesforceTokenCache(IOptions<SalesforceOptions> options, TimeProvider time, ILogger<SalesforceTokenCache> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>The cached token while it is younger than <see cref="SalesforceOptions.TokenLifetime"/>, else a new one.</summary>
    internal async Task<(SalesforceAccessToken? Token, SalesforceResult? Failure)> GetAsync(HttpClient http, CancellationToken cancellationToken)
    {
        if (Fresh() is { } cached)
        {
            return (cached, null);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } fetchedMeanwhile)
            {
                return (fetchedMeanwhile, null);
            }

            var (token, failure) = await RequestAsync(http, cancellationToken).ConfigureAwait(false);
            _current = token;
            return (token, failure);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The token in use, if any (fresh or not).</summary>
    internal SalesforceAccessToken? Current => Volatile.Read(ref _current);

    /// <summary>Forgets a token the API answered 401 to, unless another caller already replaced it.</summary>
    internal void Invalidate(SalesforceAccessToken rejected) => Interlocked.CompareExchange(ref _current, null, rejected);

    private SalesforceAccessToken? Fresh()
    {
        var token = Volatile.Read(ref _current);
        return token is not null && _time.GetUtcNow() - token.ObtainedAt < _options.TokenLifetime ? token : null;
    }

    private async Task<(SalesforceAccessToken? Token, SalesforceResult? Failure)> RequestAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_options.LoginUrl), "/services/oauth2/token"))
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", _options.ClientId),
                new("client_secret", _options.ClientSecret),
            ]),
        };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var failure = TokenFailure(response.StatusCode, body, SalesforceResponses.RetryAfter(response, _time));
            SalesforceLog.TokenRequestFailed(_logger, (int)response.StatusCode, failure.Reason!);
            return (null, failure);
        }

        var (accessToken, instanceUrl) = ReadToken(body);
        instanceUrl ??= _options.InstanceUrl;
        if (accessToken is null || !Uri.TryCreate(instanceUrl, UriKind.Absolute, out var instance))
        {
            const string Reason = "token response without access_token or instance_url";
            SalesforceLog.TokenRequestFailed(_logger, (int)response.StatusCode, Reason);
            return (null, SalesforceResult.Permanent(Reason, [], (int)response.StatusCode));
        }

        SalesforceLog.TokenObtained(_logger, instance.Host);
        return (new SalesforceAccessToken(accessToken, instance, _time.GetUtcNow()), null);
    }

    private static (string? AccessToken, string? InstanceUrl) ReadToken(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return root.ValueKind != JsonValueKind.Object
                ? (null, null)
                : (Text(root, "access_token"), Text(root, "instance_url"));
        }
        catch (JsonException)
        {
            return (null, null);
        }

        static string? Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
    }

    /// <summary>
    /// The token endpoint answers <c>{"error":"invalid_client","error_description":"..."}</c>: wrong credentials or a
    /// disabled flow stay wrong (permanent); 5xx, 408 and 429 may pass (transient).
    /// </summary>
    private static SalesforceResult TokenFailure(HttpStatusCode status, string body, TimeSpan? retryAfter)
    {
        var errors = SalesforceErrorParser.Parse(body);
        var reason = "token request: " + SalesforceResponses.Describe(status, errors);
        return SalesforceResponses.IsTransientStatus(status)
            ? SalesforceResult.Transient(reason, retryAfter, (int)status, errors)
            : SalesforceResult.Permanent(reason, errors, (int)status);
    }
}
