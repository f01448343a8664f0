using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// Our bounded retry around a Cosmos call, after the SDK's own (which handles 429 up to
/// <c>MaxRetryAttemptsOnRateLimitedRequests</c>): a 429, 503 or 408 that still surfaces is retried
/// <see cref="CosmosWarehouseOptions.MaxRetries"/> times, waiting what the service asked in <c>x-ms-retry-after-ms</c>
/// (<see cref="CosmosException.RetryAfter"/>) or a doubling backoff, capped at <see cref="CosmosWarehouseOptions.MaxRetryDelay"/>.
/// Then the exception propagates (the queue retries the message). Status codes: Cosmos REST "HTTP Status Codes for
/// Azure Cosmos DB" (learn.microsoft.com/rest/api/cosmos-db/http-status-codes-for-cosmosdb).
/// </summary>
public sealed class CosmosRetry(IOptions<CosmosWarehouseOptions> options, TimeProvider time)
{
    public async Task<T> RunAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var settings = options.Value;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await operation().ConfigureAwait(false);
            }
            catch (CosmosException e) when (IsTransient(e.StatusCode) && attempt < settings.MaxRetries)
            {
                await Task.Delay(Delay(e, attempt, settings), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout;

    private static TimeSpan Delay(CosmosException e, int attempt, CosmosWarehouseOptions settings)
    {
        var wait = e.RetryAfter is { } asked && asked > TimeSpan.Zero
            ? asked
            : settings.RetryBackoff * Math.Pow(2, attempt);
        return wait > settings.MaxRetryDelay ? settings.MaxRetryDelay : wait;
    }
}
