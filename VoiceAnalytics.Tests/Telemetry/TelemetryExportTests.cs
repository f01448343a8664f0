using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Telemetry;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Telemetry;

/// <summary>
/// The exporter wiring: with a connection string our metrics, spans and logs reach the ingestion endpoint it names
/// (a local listener here); without one no Azure Monitor exporter is registered, and the console exporter only on
/// request.
/// </summary>
public sealed class TelemetryExportTests : IDisposable
{
    private const string InstrumentationKey = "00000000-0000-0000-0000-000000000000";

    private static readonly Lock ConsoleLock = new();

    private readonly TempFolder _folder = new();

    public TelemetryExportTests()
    {
        // The exporter's own usage reporting (statsbeat, SDK stats) would call Microsoft's endpoints; tests stay local.
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_STATSBEAT_DISABLED", "true");
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_SDKSTATS_DISABLED", "true");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ConnectionStringSet_MetricSpanAndLogReachTheTrackEndpoint()
    {
        using var endpoint = new TrackEndpoint();
        using var services = Build(new()
        {
            [TelemetryServiceCollectionExtensions.ConnectionStringSetting] = $"InstrumentationKey={InstrumentationKey};IngestionEndpoint={endpoint.Url}",
        });
        var tracer = services.GetRequiredService<TracerProvider>();
        var meter = services.GetRequiredService<MeterProvider>();
        var logs = services.GetRequiredService<LoggerProvider>();
        var telemetry = services.GetRequiredService<VoiceAnalyticsTelemetry>();
        var sessionId = $"tel-export-{Guid.NewGuid():N}";

        telemetry.SinkDelivered("salesforce", delivered: false);
        using (telemetry.StartActivity("AnalyzeSession", sessionId))
        {
        }

        services.GetRequiredService<ILoggerFactory>().CreateLogger("VoiceAnalytics.Tests").LogWarning("Telemetry export check for {SessionId}", sessionId);
        Assert.True(tracer.ForceFlush(5000));
        Assert.True(meter.ForceFlush(5000));
        Assert.True(logs.ForceFlush(5000));

        var tracks = endpoint.Requests;
        Assert.NotEmpty(tracks);
        // Version 1.10.0 of the exporter posts plain newline-delimited JSON; TrackEndpoint also reads a gzip'ed body.
        Assert.All(tracks, t => Assert.Equal(("POST", "/v2.1/track"), (t.Method, t.Path)));
        Assert.All(tracks, t => Assert.Contains(InstrumentationKey, t.Body, StringComparison.Ordinal));
        var bodies = string.Join('\n', tracks.Select(t => t.Body));
        Assert.Contains("\"voice_analytics.sink.deliveries\"", bodies, StringComparison.Ordinal);
        Assert.Contains("\"sink\":\"salesforce\"", bodies, StringComparison.Ordinal);
        // The gauge, read from the embedded queue that Core registered, when the metric flush collected.
        Assert.Contains("\"voice_analytics.queue.depth\"", bodies, StringComparison.Ordinal);
        Assert.Contains("\"AnalyzeSession\"", bodies, StringComparison.Ordinal);
        Assert.Contains(sessionId, bodies, StringComparison.Ordinal);
        // A log line travels as its template with the values as properties.
        Assert.Contains("\"Telemetry export check for {SessionId}\"", bodies, StringComparison.Ordinal);
        Assert.Contains($"\"SessionId\":\"{sessionId}\"", bodies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionStringSet_OutgoingHttpCallExportedWithItsHostButNoPathOrQuery()
    {
        using var endpoint = new TrackEndpoint();
        using var services = Build(new()
        {
            [TelemetryServiceCollectionExtensions.ConnectionStringSetting] = $"InstrumentationKey={InstrumentationKey};IngestionEndpoint={endpoint.Url}",
        });
        var tracer = services.GetRequiredService<TracerProvider>();
        using var webhook = new TrackEndpoint();

        // Shaped like a Slack incoming webhook (its path is the credential) called with a Functions key in the query.
        using (var http = new HttpClient())
        {
            using var response = await http.GetAsync(new Uri($"{webhook.Url}services/T0001/B0002/webhook-secret-42?code=functions-key-42"));
        }

        Assert.True(tracer.ForceFlush(5000));

        var bodies = string.Join('\n', endpoint.Requests.Where(r => r.Path == "/v2.1/track").Select(r => r.Body));
        Assert.Contains("\"RemoteDependencyData\"", bodies, StringComparison.Ordinal);
        Assert.Contains(webhook.Url, bodies, StringComparison.Ordinal);
        Assert.DoesNotContain("webhook-secret-42", bodies, StringComparison.Ordinal);
        Assert.DoesNotContain("functions-key-42", bodies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/", true)]
    public void AzureMonitorExporter_RegisteredOnlyWithAConnectionString(string? connectionString, bool registered)
    {
        var services = Register(new() { [TelemetryServiceCollectionExtensions.ConnectionStringSetting] = connectionString });

        Assert.Equal(registered, Configures<AzureMonitorExporterOptions>(services));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public void ConsoleExporter_PrintsSpansOnlyWhenTelemetryConsoleIsTrue(string? console, bool printed)
    {
        var sessionId = $"tel-console-{Guid.NewGuid():N}";
        var output = new StringWriter();
        var original = Console.Out;
        lock (ConsoleLock)
        {
            // The console exporter writes to Console.Out when a span ends (simple processor), so swap it for the test.
            Console.SetOut(TextWriter.Synchronized(output));
            try
            {
                using var services = Build(new() { [TelemetryServiceCollectionExtensions.ConsoleSetting] = console });
                var tracer = services.GetRequiredService<TracerProvider>();
                using (services.GetRequiredService<VoiceAnalyticsTelemetry>().StartActivity("ConsoleCheck", sessionId))
                {
                }

                Assert.True(tracer.ForceFlush(5000));
            }
            finally
            {
                Console.SetOut(original);
            }
        }

        Assert.Equal(printed, output.ToString().Contains(sessionId, StringComparison.Ordinal));
        Assert.False(Configures<AzureMonitorExporterOptions>(Register(new() { [TelemetryServiceCollectionExtensions.ConsoleSetting] = console })));
    }

    // An exporter's AddXxxExporter configures its options type in the container; no exporter, no such registration.
    private static bool Configures<TOptions>(IServiceCollection services) =>
        services.Any(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericArguments().Contains(typeof(TOptions)));

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = Register(settings);
        // The exporter samples traces at 5 per second by default, starting from an empty allowance, so a span in the
        // first instant may be dropped; keep every trace here (AddAzureMonitorTraceExporter reads these options).
        services.Configure<AzureMonitorExporterOptions>(options =>
        {
            options.TracesPerSecond = null;
            options.SamplingRatio = 1F;
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private ServiceCollection Register(Dictionary<string, string?> settings)
    {
        settings["Storage:Path"] = _folder.Path;
        settings["Timers:Enabled"] = "false";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddVoiceAnalyticsCore();
        services.AddVoiceAnalyticsTelemetry(configuration);
        return services;
    }
}
