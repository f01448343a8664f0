using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using VoiceAnalytics.Core.Analysis.Llm;

namespace VoiceAnalytics.Core.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The Application Insights connection string; the name the Functions host and the exporter both use.</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary><c>true</c> prints spans, metrics and logs to the console (local debugging only).</summary>
    public const string ConsoleSetting = "Telemetry:Console";

    /// <summary>The <c>service.name</c> resource: Application Insights shows it as the cloud role name.</summary>
    public const string ServiceName = "voice-analytics";

    /// <summary>
    /// The instruments only (<see cref="VoiceAnalyticsTelemetry"/> and the queue-depth port), with no exporter: what
    /// Core's services record into. <c>AddVoiceAnalyticsCore</c> calls it; safe to call again.
    /// </summary>
    public static IServiceCollection AddVoiceAnalyticsInstruments(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<IQueueDepth, SessionQueueDepth>();
        services.TryAddSingleton<VoiceAnalyticsTelemetry>();
        return services;
    }

    /// <summary>
    /// OpenTelemetry for the host: our spans (plus incoming ASP.NET Core requests and outgoing HttpClient calls, with
    /// URL paths and queries cut), our meters plus the runtime's, and logs. Exporters: Azure Monitor (traces, metrics,
    /// logs) when <see cref="ConnectionStringSetting"/> is set; the console when <see cref="ConsoleSetting"/> is true;
    /// otherwise none, so a local run prints nothing extra and sends nothing.
    /// </summary>
    public static IServiceCollection AddVoiceAnalyticsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddVoiceAnalyticsInstruments();
        var connectionString = configuration[ConnectionStringSetting];
        var azureMonitor = !string.IsNullOrWhiteSpace(connectionString);
        var console = configuration.GetValue<bool>(ConsoleSetting);
        void Configure(AzureMonitorExporterOptions options) => options.ConnectionString = connectionString;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(VoiceAnalyticsTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    // Before any exporter, so no exporter sees a full URL (a Slack webhook's path is its secret).
                    .AddProcessor(new HttpUrlRedactor());
                if (azureMonitor)
                {
                    tracing.AddAzureMonitorTraceExporter(Configure);
                }

                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                // System.Runtime: the runtime's own meter (GC, thread pool, CPU) since .NET 9; no package needed.
                metrics.AddMeter(VoiceAnalyticsTelemetry.Name, LlmMetrics.MeterName, "System.Runtime");
                if (azureMonitor)
                {
                    metrics.AddAzureMonitorMetricExporter(Configure);
                }

                if (console)
                {
                    metrics.AddConsoleExporter();
                }
            })
            .WithLogging(logging =>
            {
                if (azureMonitor)
                {
                    logging.AddAzureMonitorLogExporter(Configure);
                }

                if (console)
                {
                    logging.AddConsoleExporter();
                }
            });
        return services;
    }
}
