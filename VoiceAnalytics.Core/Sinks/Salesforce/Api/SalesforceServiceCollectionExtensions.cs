using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

public static class SalesforceServiceCollectionExtensions
{
    /// <summary>
    /// The typed <see cref="SalesforceClient"/> bound to the <c>Salesforce</c> section. Its resilience handler retries
    /// 5xx, 408 and network errors of idempotent calls only (GET queries, PATCH updates and upserts by external id), never
    /// a POST (a Lead or Task would be created twice) and never a 401 or a 403 <c>REQUEST_LIMIT_EXCEEDED</c> (the client
    /// decides those). Options are validated on first use, so an unconfigured Salesforce does not stop the host.
    /// </summary>
    public static IServiceCollection AddSalesforceClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SalesforceOptions>().BindConfiguration(SalesforceOptions.Section).ValidateDataAnnotations();
        services.TryAddSingleton<SalesforceTokenCache>();
        services.AddHttpClient<SalesforceClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("salesforce", static (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<SalesforceOptions>>().Value;
                var retry = new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                    Delay = options.RetryBaseDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                };
                retry.DisableFor(HttpMethod.Post);
                if (options.MaxRetries > 0)
                {
                    pipeline.AddRetry(retry);
                }

                pipeline.AddTimeout(options.AttemptTimeout);
            });
        return services;
    }
}
