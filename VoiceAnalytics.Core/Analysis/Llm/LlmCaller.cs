using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// One structured-output call for one deployment: served from the cache when the same transcript, prompt version and
/// deployment was answered before; otherwise sent, priced and recorded. A content filter, a truncated answer,
/// invalid JSON, a refused request or an endpoint still failing after the retries give a fallback reason instead of
/// an answer. Cancellation propagates.
/// </summary>
public sealed class LlmCaller(ILlmChatClients clients, ILlmCallStore calls, LlmBudget budget, IOptions<LlmOptions> options, TimeProvider time, LlmMetrics metrics, ILogger<LlmCaller> logger)
{
    public const string Ok = "ok";

    public async Task<LlmCallResult> CallAsync(string sessionId, MaskedTranscript transcript, string deployment, string purpose, CancellationToken cancellationToken)
    {
        var key = new LlmCallKey(transcript.Hash(), LlmPrompt.Version, deployment);
        var cached = await calls.FindAsync(key, cancellationToken).ConfigureAwait(false);
        if (cached?.Content is { } content && Parse(content) is { } answer)
        {
            LlmLog.CacheHit(logger, sessionId, deployment);
            return Recorded(new LlmCallResult(answer, new LlmCallRecord(deployment, purpose, Ok, true, cached.PromptTokens, cached.CompletionTokens, cached.CostUsd)));
        }

        ChatResponse response;
        try
        {
            response = await clients.For(deployment).GetResponseAsync(Messages(transcript), ChatOptions(), cancellationToken).ConfigureAwait(false);
        }
        catch (ClientResultException ex) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = ex.Status == 400 && IsContentFilter(ex) ? LlmFallback.ContentFilter
                : ex.Status is 0 or 429 or 408 or >= 500 ? LlmFallback.Unavailable
                : LlmFallback.Rejected;
            LlmLog.CallFailed(logger, sessionId, deployment, ex.Status, reason);
            return Failed(deployment, purpose, reason);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var reason = ex is HttpRequestException ? LlmFallback.Unavailable : LlmFallback.Timeout;
            LlmLog.CallFailed(logger, sessionId, deployment, 0, reason);
            return Failed(deployment, purpose, reason);
        }

        var promptTokens = response.Usage?.InputTokenCount ?? 0;
        var completionTokens = response.Usage?.OutputTokenCount ?? 0;
        var cost = options.Value.PriceOf(deployment).CostOf(promptTokens, completionTokens);
        var parsed = response.FinishReason == ChatFinishReason.Stop ? Parse(response.Text) : null;
        var outcome = response.FinishReason == ChatFinishReason.ContentFilter ? LlmFallback.ContentFilter
            : response.FinishReason == ChatFinishReason.Length ? LlmFallback.Truncated
            : parsed is null ? LlmFallback.InvalidJson
            : Ok;
        var stored = new StoredLlmCall(parsed is null ? null : response.Text, promptTokens, completionTokens, cost);
        await calls.SaveAsync(key, stored, budget.Today(), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        LlmLog.CallCompleted(logger, sessionId, deployment, outcome, promptTokens, completionTokens, cost);
        return Recorded(new LlmCallResult(parsed, new LlmCallRecord(deployment, purpose, outcome, false, promptTokens, completionTokens, cost)));
    }

    private LlmCallResult Failed(string deployment, string purpose, string reason) =>
        Recorded(new(null, new LlmCallRecord(deployment, purpose, reason, false, 0, 0, 0)));

    private LlmCallResult Recorded(LlmCallResult result)
    {
        metrics.Record(result.Record);
        return result;
    }

    private static List<ChatMessage> Messages(MaskedTranscript transcript) =>
        [new(ChatRole.System, LlmPrompt.System), new(ChatRole.User, transcript.Text)];

    private ChatOptions ChatOptions() => new()
    {
        ResponseFormat = ChatResponseFormat.ForJsonSchema(LlmJson.Schema, LlmJson.SchemaName, "Labels of one sales call, each with a verbatim quote."),
        Temperature = 0,
        MaxOutputTokens = options.Value.MaxOutputTokens,
        // Microsoft.Extensions.AI.OpenAI sends "strict": true in json_schema when this is set.
        AdditionalProperties = new AdditionalPropertiesDictionary { ["strict"] = true },
    };

    private static ModelAnswer? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ModelAnswer>(json, LlmJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Azure answers a filtered prompt with 400 and {"error":{"code":"content_filter",...}}.
    private static bool IsContentFilter(ClientResultException ex)
    {
        var body = ex.GetRawResponse()?.Content?.ToString();
        return body is not null && body.Contains("content_filter", StringComparison.OrdinalIgnoreCase);
    }
}
