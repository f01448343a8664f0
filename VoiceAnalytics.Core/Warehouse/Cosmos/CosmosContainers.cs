using Microsoft.Azure.Cosmos;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>The six containers of spec 8.1 and their partition key paths (docs/warehouse.md says why these keys).</summary>
public sealed record CosmosContainers(
    Container Sessions, Container Transcripts, Container Metrics, Container AnalysisResults, Container Leads, Container AlertsHistory)
{
    public const string SessionsName = "sessions";
    public const string TranscriptsName = "transcripts";
    public const string MetricsName = "metrics";
    public const string AnalysisResultsName = "analysis_results";
    public const string LeadsName = "leads";
    public const string AlertsHistoryName = "alerts_history";

    /// <summary>Container name to partition key path, as bicep and <see cref="CosmosWarehouseOptions.CreateIfMissing"/> create them.</summary>
    public static IReadOnlyList<(string Name, string PartitionKeyPath)> Definitions { get; } =
    [
        (SessionsName, "/day"),
        (TranscriptsName, "/day"),
        (MetricsName, "/day"),
        (AnalysisResultsName, "/day"),
        (LeadsName, "/email"),
        (AlertsHistoryName, "/alert_name"),
    ];

    public static CosmosContainers Of(Database database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new CosmosContainers(
            database.GetContainer(SessionsName), database.GetContainer(TranscriptsName), database.GetContainer(MetricsName),
            database.GetContainer(AnalysisResultsName), database.GetContainer(LeadsName), database.GetContainer(AlertsHistoryName));
    }
}
