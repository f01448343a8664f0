using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Polly;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>
/// Sends one REST call under <c>/services/data/{version}/</c> with the cached bearer token. A 401
/// (<c>INVALID_SESSION_ID</c>, "Session expired or invalid") drops the token, fetches a new one and repeats the call once.
/// Network errors and timeouts become transient results; only the caller's cancellation throws.
/// </summary>
internal sealed class SalesforceRestChannel(HttpClient http, SalesforceTokenCache tokens, SalesforceOptions options, TimeProvider time, ILogger logger)
{
    public async Task<SalesforceResult> SendAsync(
        HttpMethod method, string relativeUri, string? json, string operation, Func<SalesforceResponse, SalesforceResult> interpret, CancellationToken cancellationToken)
    {
        var result = await TrySendAsync(method, relativeUri, json, operation, interpret, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            SalesforceLog.OperationFailed(logger, operation, result.Outcome, result.Reason ?? "");
        }

        return result;
    }

    private async Task<SalesforceResult> TrySendAsync(
        HttpMethod method, string relativeUri, string? json, string operation, Func<SalesforceResponse, SalesforceResult> interpret, CancellationToken cancellationToken)
    {
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var (token, failure) = await tokens.GetAsync(http, cancellationToken).ConfigureAwait(false);
                if (token is null)
                {
                    return failure!;
                }

                var response = await SendOnceAsync(token, method, relativeUri, json, cancellationToken).ConfigureAwait(false);
                if (response.Status != HttpStatusCode.Unauthorized)
                {
                    return interpret(response);
                }

                tokens.Invalidate(token);
                if (attempt > 1)
                {
                    var errors = SalesforceErrorParser.Parse(response.Body);
                    return SalesforceResult.Permanent("unauthorized with a new token: " + SalesforceResponses.Describe(response.Status, errors), errors, 401);
                }

                SalesforceLog.TokenRejected(logger, operation);
            }
        }
        catch (HttpRequestException ex)
        {
            return SalesforceResult.Transient($"network error ({ex.HttpRequestError})");
        }
        catch (Exception ex) when (ex is ExecutionRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return SalesforceResult.Transient("timed out");
        }
    }

    private async Task<SalesforceResponse> SendOnceAsync(
        SalesforceAccessToken token, HttpMethod method, string relativeUri, string? json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(token.InstanceUrl, $"/services/data/{options.ApiVersion}/{relativeUri}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new SalesforceResponse(response.StatusCode, body, SalesforceResponses.RetryAfter(response, time));
    }
}
