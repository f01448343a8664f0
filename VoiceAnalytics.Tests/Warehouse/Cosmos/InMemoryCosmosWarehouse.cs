using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Warehouse.Cosmos;

namespace VoiceAnalytics.Tests.Warehouse.Cosmos;

/// <summary>
/// The Cosmos adapter over six <see cref="InMemoryCosmosContainer"/>s: what the shared warehouse suite opens for
/// Cosmos (no emulator runs here), and what the Cosmos tests inspect (documents written, queries sent).
/// </summary>
internal sealed class InMemoryCosmosWarehouse
{
    public InMemoryCosmosWarehouse(FakeTimeProvider time)
    {
        var definitions = CosmosContainers.Definitions.ToDictionary(d => d.Name, d => new InMemoryCosmosContainer(d.Name, d.PartitionKeyPath));
        Sessions = definitions[CosmosContainers.SessionsName];
        Transcripts = definitions[CosmosContainers.TranscriptsName];
        Metrics = definitions[CosmosContainers.MetricsName];
        AnalysisResults = definitions[CosmosContainers.AnalysisResultsName];
        Leads = definitions[CosmosContainers.LeadsName];
        AlertsHistory = definitions[CosmosContainers.AlertsHistoryName];
        Options = Microsoft.Extensions.Options.Options.Create(new CosmosWarehouseOptions { Endpoint = "https://localhost:8081/", MaxRetries = 0 });
        Store = new CosmosStore(
            new CosmosContainers(Sessions.Container, Transcripts.Container, Metrics.Container, AnalysisResults.Container, Leads.Container, AlertsHistory.Container),
            new CosmosRetry(Options, time));
        Writer = new CosmosWarehouseWriter(Store, new CosmosLeadProfiles(Store, Options));
    }

    public InMemoryCosmosContainer Sessions { get; }
    public InMemoryCosmosContainer Transcripts { get; }
    public InMemoryCosmosContainer Metrics { get; }
    public InMemoryCosmosContainer AnalysisResults { get; }
    public InMemoryCosmosContainer Leads { get; }
    public InMemoryCosmosContainer AlertsHistory { get; }

    public IOptions<CosmosWarehouseOptions> Options { get; }

    public CosmosStore Store { get; }

    public CosmosWarehouseWriter Writer { get; }

    /// <summary>The Cosmos adapter's ports for the shared warehouse suite.</summary>
    public static Task<WarehousePorts> OpenAsync(FakeTimeProvider time) => Task.FromResult(new InMemoryCosmosWarehouse(time).Ports());

    public WarehousePorts Ports() => new(
        Writer,
        new CosmosOpsFigures(Store),
        new CosmosDigestFigures(Store),
        new CosmosExecutiveFigures(Store),
        new CosmosDashboardFigures(Store),
        new CosmosLeadHistory(Store),
        new CosmosAlertHistory(Store, Options),
        () => ValueTask.CompletedTask,
        new CosmosLeadProfiles(Store, Options),
        new CosmosWarehousePrivacy(Store, Options),
        new CosmosDashboardLists(Store),
        new CosmosDashboardHours(Store));
}
