using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Business;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Actions;
using VoiceAnalytics.Core.Analysis.Gaps;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Analysis.Performance.Costs;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Summary;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Privacy;
using VoiceAnalytics.Core.Reports;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Sinks.Amplitude;
using VoiceAnalytics.Core.Sinks.Salesforce;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Azure;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Telemetry;
using VoiceAnalytics.Core.Warehouse;


namespace VoiceAnalytics.Core;

/// <summary>The composition of Core, one call per area, as eShop's <c>Add...</c> extensions.</summary>
public static class VoiceAnalyticsServiceCollectionExtensions
{
    public static IServiceCollection AddVoiceAnalyticsCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddVoiceAnalyticsInstruments();
        services.AddStorage().AddWarehouse().AddIngest().AddAnalysis().AddPipeline().AddSinks().AddTimers().AddReportTimers().AddOpsHealth().AddPrivacy();
        return services;
    }

    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // One embedded database holds everything local (and the warehouse when Warehouse:Provider is Sqlite).
        services.AddSingleton<ISqliteSchema, SessionTablesSchema>();
        services.AddSingleton(sp => new SqliteDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabaseFile,
            sp.GetServices<ISqliteSchema>()));
        services.AddSingleton<QueueSignal>();
        services.AddSingleton<SqliteSessionQueue>();
        services.AddSingleton<SqliteSessionStore>();
        services.AddSingleton<SqliteCheckpointStore>();

        // Azure Storage adapters: payloads, status, reports and checkpoints in Blob, the session queue in a Storage Queue.
        services.AddSingleton(sp => AzureStorageClients.CreateContainer(AzureConnection(sp), sp.GetRequiredService<IOptions<StorageOptions>>().Value.PayloadContainer));
        services.AddSingleton(sp => AzureStorageClients.CreateQueueService(AzureConnection(sp)));
        services.AddSingleton<StorageQueueSessionQueue>();
        services.AddSingleton(sp => new BlobSessionStore(sp.GetRequiredService<BlobContainerClient>(), sp.GetRequiredService<StorageQueueSessionQueue>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BlobCheckpointStore>();

        services.AddSingleton<ISessionQueue>(sp => IsAzure(sp) ? sp.GetRequiredService<StorageQueueSessionQueue>() : sp.GetRequiredService<SqliteSessionQueue>());
        services.AddSingleton<ISessionStore>(sp => IsAzure(sp) ? sp.GetRequiredService<BlobSessionStore>() : sp.GetRequiredService<SqliteSessionStore>());
        services.AddSingleton<ICheckpointStore>(sp => IsAzure(sp) ? sp.GetRequiredService<BlobCheckpointStore>() : sp.GetRequiredService<SqliteCheckpointStore>());
        services.AddSingleton<SqliteWriteBatches>();
        services.AddSingleton<ISessionWriteBatches>(sp => IsAzure(sp) ? ImmediateWrites.Instance : sp.GetRequiredService<SqliteWriteBatches>());
        services.AddSingleton<SqliteSessionActivity>();
        services.AddSingleton(sp => new BlobSessionActivity(sp.GetRequiredService<BlobContainerClient>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISessionActivity>(sp => IsAzure(sp) ? sp.GetRequiredService<BlobSessionActivity>() : sp.GetRequiredService<SqliteSessionActivity>());
        services.AddSingleton<ISqliteSchema, HealthProbeSchema>();
        services.AddSingleton<SqliteStorageProbe>();
        services.AddSingleton(sp => new BlobStorageProbe(sp.GetRequiredService<BlobContainerClient>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IStorageProbe>(sp => IsAzure(sp) ? sp.GetRequiredService<BlobStorageProbe>() : sp.GetRequiredService<SqliteStorageProbe>());
        return services;
    }

    private static bool IsAzure(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.AzureStorage;

    /// <summary><c>Storage:ConnectionString</c>, else the Functions host's own <c>AzureWebJobsStorage</c>.</summary>
    private static string AzureConnection(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString is { Length: > 0 } connection
            ? connection
            : services.GetRequiredService<IConfiguration>()["AzureWebJobsStorage"]
              ?? throw new InvalidOperationException("Storage:Provider is AzureStorage but neither Storage:ConnectionString nor AzureWebJobsStorage is set.");

    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RequestAuthenticator>();
        services.AddSingleton<SessionIngestor>();
        return services;
    }

    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddOptions<PricingOptions>().BindConfiguration(PricingOptions.Section);
        services.AddOptions<LeadScoringOptions>().BindConfiguration(LeadScoringOptions.Section);
        services.AddSingleton<IAnalyzer, PerformanceMetricsAnalyzer>();
        services.AddSingleton<IAnalyzer, SalesIntelligenceAnalyzer>();
        services.AddSingleton<IAnalyzer, ConversationQualityAnalyzer>();
        services.AddSingleton<IAnalyzer, SentimentAnalyzer>();
        services.AddSingleton<IAnalyzer, ObjectionsAndCompetitorsAnalyzer>();
        services.AddSingleton<IAnalyzer, ContentGapsAnalyzer>();
        services.AddSingleton<IAnalyzer, ActionItemsAnalyzer>();
        services.AddSingleton<IAnalyzer, LeadScoringAnalyzer>();
        services.AddSingleton<IAnalyzer, ExecutiveSummaryAnalyzer>();
        return services;
    }

    public static IServiceCollection AddPipeline(this IServiceCollection services)
    {
        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SessionProcessor>();
        services.AddSingleton(sp => sp.GetRequiredService<SessionProcessor>().Plan);
        services.AddSingleton<SessionInputLoader>();
        services.AddSingleton(sp => new CheckpointedAnalyzerRunner(
            sp.GetRequiredService<ICheckpointStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<PipelineOptions>>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<CheckpointedAnalyzerRunner>>()));
        services.AddSingleton<Sinks.Redelivery.StoredReportReader>();
        services.AddSingleton<SessionActivities>();
        services.AddSingleton<SessionQueueProcessor>();
        return services;
    }

    public static IServiceCollection AddTimers(this IServiceCollection services)
    {
        services.AddOptions<TimerOptions>().BindConfiguration(TimerOptions.Section)
            .Validate(o => o.Schedules.Values.All(IsValidCron), "Every Timers:Schedules value must be a six-field NCRONTAB expression (second minute hour day month day-of-week).")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Timers:TimeZone must be a known time zone id, such as UTC or America/Chicago.")
            .ValidateOnStart();
        services.AddSingleton<ISqliteSchema, TimerTablesSchema>();
        services.AddSingleton<ITimerLeaseStore, SqliteTimerLeaseStore>();
        services.AddSingleton<ScheduledJobRunner>();
        return services;
    }

    private static bool IsValidCron(string expression)
    {
        try
        {
            _ = new TimerSchedule(expression, TimeZoneInfo.Utc);
            return true;
        }
        catch (Cronos.CronFormatException)
        {
            return false;
        }
    }

    public static IServiceCollection AddSinks(this IServiceCollection services)
    {
        services.AddSingleton<ISqliteSchema, DeliveryTablesSchema>();
        services.AddSingleton<IDeliveryLedger, SqliteDeliveryLedger>();
        services.AddSingleton<SinkDispatcher>();
        services.AddSingleton<IOutbox, SqliteOutbox>();
        services.TryAddSingleton<ISalesforceRecordLog, SqliteSalesforceRecordLog>();
        services.AddSalesforceSink();
        services.AddAmplitudeSink();
        services.AddBusinessAlerts();
        return services;
    }
}
