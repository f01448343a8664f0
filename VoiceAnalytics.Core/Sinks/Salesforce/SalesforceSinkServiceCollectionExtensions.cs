using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;

namespace VoiceAnalytics.Core.Sinks.Salesforce;

public static class SalesforceSinkServiceCollectionExtensions
{
    /// <summary>
    /// The Salesforce sink (<c>salesforce</c>) and its client (<see cref="SalesforceServiceCollectionExtensions.AddSalesforceClient"/>),
    /// both on the <c>Salesforce</c> section. The sink reads the section itself, unvalidated, to decide whether Salesforce
    /// is configured; the client validates it when first used. Call it instead of, or after, <c>AddSalesforceClient</c>. Needs an <see cref="IOutbox"/> (Core's AddSinks registers one, and the <see cref="ISalesforceRecordLog"/> the sink keeps record ids in).
    /// </summary>
    public static IServiceCollection AddSalesforceSink(this IServiceCollection services)
    {
        // The client's HTTP pipeline must be built once, also when the host registered the client itself.
        if (!services.Any(d => d.ServiceType == typeof(SalesforceTokenCache)))
        {
            services.AddSalesforceClient();
        }

        // TryAddEnumerable with the implementation type: calling this twice still gives one sink.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISessionSink, SalesforceSink>(sp => new SalesforceSink(
            sp.GetRequiredService<IConfiguration>().GetSection(SalesforceOptions.Section).Get<SalesforceOptions>() ?? new SalesforceOptions(),
            () => sp.GetRequiredService<SalesforceClient>(),
            sp.GetRequiredService<IOutbox>(),
            sp.GetRequiredService<ILogger<SalesforceSink>>(),
            sp.GetService<ISalesforceRecordLog>(),
            sp.GetService<TimeProvider>())));
        return services;
    }
}
