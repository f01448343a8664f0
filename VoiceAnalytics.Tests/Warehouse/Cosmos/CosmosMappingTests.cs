using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Cosmos;

namespace VoiceAnalytics.Tests.Warehouse.Cosmos;

/// <summary>What the Cosmos adapter sends: documents (ids, partition keys, JSON names) and query text and parameters.</summary>
public sealed class CosmosMappingTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly InMemoryCosmosWarehouse _cosmos = new(new FakeTimeProvider(SideBySideWarehouse.Base));

    [Fact]
    public async Task WriteAsync_AnalyzedSession_UpsertsOneDocumentPerContainerInTheStartDayPartition()
    {
        var record = SideBySideWarehouse.Record(0);

        await _cosmos.Writer.WriteAsync(record, None);

        foreach (var container in new[] { _cosmos.Sessions, _cosmos.Transcripts, _cosmos.Metrics, _cosmos.AnalysisResults })
        {
            var (document, partition) = Assert.Single(container.Writes);
            Assert.Equal("side-00", document["id"]!.GetValue<string>());
            Assert.Equal("2026-03-09", document["day"]!.GetValue<string>());
            Assert.Equal(new PartitionKey("2026-03-09").ToString(), partition);
        }

        var session = _cosmos.Sessions.Writes[0].Document;
        Assert.Equal("2026-03-09T21:00:00.000Z", session["start_time"]!.GetValue<string>());
        Assert.Equal("ana@example.com", session["user_email"]!.GetValue<string>());
        Assert.True(session.ContainsKey("qualification_tier"));
        Assert.True(session.ContainsKey("ended_at"));
        Assert.False(session.ContainsKey("EndedAt"));
    }

    [Fact]
    public async Task WriteAsync_Analysis_NestsTheAnalyzerResultsAndKeepsTheLlmCostBeside()
    {
        await _cosmos.Writer.WriteAsync(SideBySideWarehouse.Record(0), None);

        var analysis = _cosmos.AnalysisResults.Writes[0].Document;
        Assert.IsType<JsonObject>(analysis["sales_intelligence"]);
        Assert.NotNull(analysis["sales_intelligence"]!["product_fit"]);
        Assert.IsType<JsonObject>(analysis["lead_score_breakdown"]);
        Assert.True(analysis.ContainsKey("llm_cost"));
        Assert.Equal("2026-03-09T21:12:00.000Z", analysis["analyzed_at"]!.GetValue<string>());
        var metrics = _cosmos.Metrics.Writes[0].Document;
        Assert.IsType<JsonArray>(metrics["turns"]);
        Assert.NotEmpty(metrics["turns"]!.AsArray());
        Assert.NotNull(metrics["turns"]![0]!["total_latency_ms"]);
        Assert.IsType<JsonObject>(_cosmos.Transcripts.Writes[0].Document["transcript_json"]);
    }

    [Fact]
    public async Task WriteAsync_Replayed_LeavesOneDocumentPerContainerAndOneCallOnTheLead()
    {
        var record = SideBySideWarehouse.Record(0);

        await _cosmos.Writer.WriteAsync(record, None);
        await _cosmos.Writer.WriteAsync(record, None);

        Assert.Single(_cosmos.Sessions.Documents);
        Assert.Single(_cosmos.Metrics.Documents);
        Assert.Single(_cosmos.AnalysisResults.Documents);
        var lead = Assert.Single(_cosmos.Leads.Documents);
        Assert.Equal("lead", lead["id"]!.GetValue<string>());
        Assert.Equal("ana@example.com", lead["email"]!.GetValue<string>());
        Assert.Equal(1, lead["total_calls"]!.GetValue<int>());
    }

    [Fact]
    public async Task WriteAsync_LeadChangedByAnotherWriter_RetriesTheMergeOnTheirVersion()
    {
        await _cosmos.Writer.WriteAsync(SideBySideWarehouse.Record(0), None);
        var interfered = false;
        _cosmos.Leads.BeforeWrite = document =>
        {
            if (!interfered)
            {
                interfered = true;
                throw new CosmosException("Precondition failed", System.Net.HttpStatusCode.PreconditionFailed, 0, "", 1);
            }
        };

        await _cosmos.Writer.WriteAsync(SideBySideWarehouse.Record(4), None);

        Assert.True(interfered);
        Assert.Equal(2, Assert.Single(_cosmos.Leads.Documents)["total_calls"]!.GetValue<int>());
    }

    [Fact]
    public async Task DashboardSessions_TwoDayWindowWithFilters_OneSinglePartitionQueryPerDay()
    {
        var filter = new DashboardFilter(SideBySideWarehouse.Base.AddHours(-1), SideBySideWarehouse.Base.AddHours(5), Tier: "Tier 1", AgentVersion: "ava 1.2");

        await new CosmosDashboardFigures(_cosmos.Store).SessionsAsync(filter, TimeBucket.Hour, None);

        Assert.Equal(["[\"2026-03-09\"]", "[\"2026-03-10\"]"], _cosmos.Sessions.Queries.Select(q => q.Partition));
        var (text, parameters, _) = _cosmos.Sessions.Queries[0];
        Assert.Equal(
            $"SELECT {CosmosDashboardFigures.SessionFields} FROM c WHERE c.start_time >= @from AND c.start_time < @to AND c.qualification_tier = @tier AND c.agent_version = @agent",
            text);
        Assert.Equal("2026-03-09T20:00:00.000Z", parameters["@from"]);
        Assert.Equal("2026-03-10T02:00:00.000Z", parameters["@to"]);
        Assert.Equal("Tier 1", parameters["@tier"]);
        Assert.Equal("ava 1.2", parameters["@agent"]);
        Assert.False(parameters.ContainsKey("@sentiment"));
    }

    [Fact]
    public async Task OpsWindow_TwoMinutes_QueriesTheDayAndTheDayBeforeOnly()
    {
        var from = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

        await new CosmosOpsFigures(_cosmos.Store).SessionOutcomesAsync(from, from.AddMinutes(2), None);

        Assert.Equal(["[\"2026-03-09\"]", "[\"2026-03-10\"]"], _cosmos.Sessions.Queries.Select(q => q.Partition));
        Assert.All(_cosmos.Sessions.Queries, q => Assert.Equal(CosmosOpsFigures.OutcomesSql, q.Text));
    }

    [Fact]
    public async Task Digest_Hour_OneQueryAcrossPartitionsOnAnalyzedAt()
    {
        var from = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

        await new CosmosDigestFigures(_cosmos.Store).FailedSearchesAsync(from, from.AddHours(1), None);

        var (text, parameters, partition) = Assert.Single(_cosmos.AnalysisResults.Queries);
        Assert.Equal(CosmosDigestFigures.AnalyzedSql, text);
        Assert.Null(partition);
        Assert.Equal("2026-03-10T10:00:00.000Z", parameters["@to"]);
    }

    [Fact]
    public async Task LeadHistory_KnownLead_PointReadsTheLeadThenTheAnalysis()
    {
        await _cosmos.Writer.WriteAsync(SideBySideWarehouse.Record(0), None);
        _cosmos.Leads.Container.ClearReceivedCalls();
        _cosmos.AnalysisResults.Container.ClearReceivedCalls();

        var previous = await new CosmosLeadHistory(_cosmos.Store).FindPreviousAsync(" ANA@example.com", "later", SideBySideWarehouse.Base.AddDays(1), None);

        Assert.Equal("side-00", previous?.SessionId);
        await _cosmos.Leads.Container.Received(1).ReadItemAsync<JsonObject>("lead", new PartitionKey("ana@example.com"), Arg.Any<ItemRequestOptions>(), Arg.Any<CancellationToken>());
        await _cosmos.AnalysisResults.Container.Received(1).ReadItemAsync<JsonObject>("side-00", new PartitionKey("2026-03-09"), Arg.Any<ItemRequestOptions>(), Arg.Any<CancellationToken>());
        Assert.Empty(_cosmos.Leads.Queries);
    }

    [Fact]
    public async Task AlertHistory_OpenTwice_ClaimCreatedOnceInTheAlertNamePartition()
    {
        var alerts = new CosmosAlertHistory(_cosmos.Store, _cosmos.Options);

        var first = await alerts.OpenAsync(new NewAlert("critical", "agent_down", "P1", "down"), SideBySideWarehouse.Base, None);
        var second = await alerts.OpenAsync(new NewAlert("critical", "agent_down", "P1", "down"), SideBySideWarehouse.Base.AddMinutes(2), None);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Alert.Id, second.Alert.Id);
        var partitions = _cosmos.AlertsHistory.Writes.Where(w => w.Document["doc_type"]!.GetValue<string>() != "sequence").Select(w => w.Partition).Distinct();
        Assert.Equal([new PartitionKey("agent_down").ToString()], partitions);
        var claim = Assert.Single(_cosmos.AlertsHistory.Documents, d => d["doc_type"]!.GetValue<string>() == "claim");
        Assert.Equal("open", claim["id"]!.GetValue<string>());
        Assert.Equal(first.Alert.Id, claim["claimed_alert_id"]!.GetValue<long>());
    }

    [Fact]
    public async Task AlertHistory_ClaimLostToAnotherHost_ReturnsTheirAlert()
    {
        var alerts = new CosmosAlertHistory(_cosmos.Store, _cosmos.Options);
        var raced = false;
        _cosmos.AlertsHistory.BeforeWrite = document =>
        {
            if (!raced && document["doc_type"]?.GetValue<string>() == "claim")
            {
                raced = true;
                // Another host claims and writes its alert first, then our create of the claim conflicts.
                _cosmos.AlertsHistory.BeforeWrite = null;
                alerts.OpenAsync(new NewAlert("critical", "agent_down", "P1", "theirs"), SideBySideWarehouse.Base, None).GetAwaiter().GetResult();
                throw new CosmosException("Conflict", System.Net.HttpStatusCode.Conflict, 0, "", 1);
            }
        };

        var (alert, created) = await alerts.OpenAsync(new NewAlert("critical", "agent_down", "P1", "ours"), SideBySideWarehouse.Base, None);

        Assert.False(created);
        Assert.Equal("theirs", alert.Message);
        Assert.Single(_cosmos.AlertsHistory.Documents, d => d["doc_type"]!.GetValue<string>() == "alert");
    }

    [Fact]
    public void Options_CosmosWithoutEndpoint_FailValidationWithTheSettingName()
    {
        var validator = new CosmosWarehouseOptionsValidator(Options.Create(new WarehouseOptions { Provider = WarehouseProvider.Cosmos }));

        var result = validator.Validate(null, new CosmosWarehouseOptions());

        Assert.True(result.Failed);
        Assert.Contains("Warehouse:Cosmos:Endpoint", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new CosmosWarehouseOptionsValidator(Options.Create(new WarehouseOptions())).Validate(null, new CosmosWarehouseOptions()).Succeeded);
    }

    [Fact]
    public void CosmosDay_Window_CoversEveryTouchedDayAndLooksBackForOps()
    {
        var from = new DateTimeOffset(2026, 3, 9, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal(["2026-03-09", "2026-03-10"], CosmosDay.Covering(from, from.AddHours(2)));
        Assert.Equal(["2026-03-09"], CosmosDay.Covering(from, from.AddHours(1)));
        Assert.Empty(CosmosDay.Covering(from, from));
        Assert.Equal(["2026-03-08", "2026-03-09"], CosmosDay.EndingIn(from, from.AddMinutes(2)));
    }
}
