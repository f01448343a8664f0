using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Privacy;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Cosmos;

namespace VoiceAnalytics.Tests.Warehouse.Cosmos;

/// <summary>
/// <see cref="CosmosWarehousePrivacy"/> over the in-memory containers, with the expectations of the SQLite adapter's
/// privacy tests (Privacy/RetentionJobTests, PersonEraserTests) computed by hand.
/// </summary>
public sealed class CosmosWarehousePrivacyTests
{
    private const string Email = "dana.w@example.com";
    private const string Name = "Dana Whitfield";
    private static readonly DateTimeOffset Start = new(2026, 8, 18, 15, 0, 0, TimeSpan.Zero);
    private static readonly PersonRedactions People = new(new PersonKey("a-test-secret-of-at-least-32-characters!"));

    private readonly FakeTimeProvider _time = new(Start.AddMinutes(10));
    private readonly InMemoryCosmosWarehouse _warehouse;
    private readonly CosmosWarehousePrivacy _sut;

    public CosmosWarehousePrivacyTests()
    {
        _warehouse = new InMemoryCosmosWarehouse(_time);
        _sut = new CosmosWarehousePrivacy(_warehouse.Store, _warehouse.Options);
    }

    private InMemoryCosmosContainer[] All => [_warehouse.Sessions, _warehouse.Transcripts, _warehouse.Metrics, _warehouse.AnalysisResults, _warehouse.Leads, _warehouse.AlertsHistory];

    private static string Hash => People.For(Email, Name).EmailHash!;

    [Fact]
    public async Task EraseAsync_PersonWithTwoCalls_DeletesEveryDocumentOfThemAndCountsPerContainer()
    {
        await WriteAsync(WarehouseRecords.Session("s-1", Start, Start.AddMinutes(2), "Tier 2", email: Email, name: Name)
            .WithLatencies(Start.AddMinutes(1), 300, 400).WithLlmCost(0.02));
        await WriteAsync(WarehouseRecords.Session("s-2", Start.AddDays(1), Start.AddDays(1).AddMinutes(2), "Tier 2", email: Email, name: Name)
            .WithLatencies(Start.AddDays(1).AddMinutes(1), 500));
        await WriteAsync(WarehouseRecords.Session("s-3", Start, Start.AddMinutes(3), "Tier 1", email: "lee@big.example", name: "Lee Park"));
        var alerts = new CosmosAlertHistory(_warehouse.Store, _warehouse.Options);
        await alerts.AddForSessionAsync(new NewAlert("business", "hot_lead", "P2", "hot lead", SessionId: "s-1"), Start.AddMinutes(3), CancellationToken.None);

        var found = await _sut.FindSessionsAsync(Email, Hash, 100, CancellationToken.None);
        var erased = await _sut.EraseAsync(found, Email, Hash, CancellationToken.None);

        Assert.Equal(["s-1", "s-2"], found);
        // Sessions, transcripts, FTS index (none in Cosmos), turns, analysis, LLM costs, leads, alerts.
        Assert.Equal(new WarehouseErasure(2, 2, 0, 3, 2, 1, 1, 1), erased);
        foreach (var container in All)
        {
            var text = string.Join("\n", container.Documents.Select(d => d.ToJsonString()));
            Assert.DoesNotContain(Email, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Name, text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"s-1\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"s-2\"", text, StringComparison.Ordinal);
        }

        Assert.Single(_warehouse.Sessions.Documents);
        Assert.Single(_warehouse.Leads.Documents, d => d["email"]!.GetValue<string>() == "lee@big.example");
        Assert.DoesNotContain(_warehouse.AlertsHistory.Documents, d => d["doc_type"]?.GetValue<string>() == "claim");
    }

    [Fact]
    public async Task EraseAsync_SecondRunAndNewCallAfterwards_NothingLeftThenANewLead()
    {
        await WriteAsync(WarehouseRecords.Session("s-1", Start, Start.AddMinutes(2), "Tier 2", email: Email, name: Name));
        await _sut.EraseAsync(await _sut.FindSessionsAsync(Email, Hash, 100, CancellationToken.None), Email, Hash, CancellationToken.None);

        Assert.Empty(await _sut.FindSessionsAsync(Email, Hash, 100, CancellationToken.None));
        Assert.Equal(WarehouseErasure.None, await _sut.EraseAsync(["s-1"], Email, Hash, CancellationToken.None));

        await WriteAsync(WarehouseRecords.Session("s-4", Start.AddDays(2), Start.AddDays(2).AddMinutes(2), "Tier 2", email: Email, name: Name));
        var lead = Assert.Single(_warehouse.Leads.Documents);
        Assert.Equal(1, lead["total_calls"]!.GetValue<int>());
        Assert.Equal("s-4", Assert.Single(lead["calls"]!.AsArray())!["session_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task EraseAsync_OneSessionWithoutEmail_FindsItsDayByIdAndDeletesTheLeadWhoseLatestItIs()
    {
        await WriteAsync(WarehouseRecords.Session("s-1", Start, Start.AddMinutes(2), "Tier 2", email: Email, name: Name));

        var erased = await _sut.EraseAsync(["s-1"], null, null, CancellationToken.None);

        Assert.Equal(new WarehouseErasure(1, 1, 0, 0, 1, 0, 1, 0), erased);
        Assert.All(All, c => Assert.Empty(c.Documents));
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(31, true)]
    public async Task ListAndRedact_TierTwoCallAfterDays_RedactedOnlyPastThirty(int days, bool redacted)
    {
        var record = WarehouseRecords.Session("s-t2", Start, Start.AddMinutes(2), "Tier 2", email: Email, name: Name)
            .WithAnalysis("objections", JsonNode.Parse("""{"items":[{"quote":"Hello, call me on 555 010 2233","type":"price"}]}""")!);
        record = record with
        {
            Transcript = record.Transcript with
            {
                TranscriptJson = $$"""{"items":[{"role":"user","content":["I am {{Name}}, mail {{Email}} or call 555 010 2233"]}]}""",
                TranscriptText = $"user: I am {Name}, mail {Email} or call 555 010 2233",
            },
        };
        await WriteAsync(record);

        _time.Advance(TimeSpan.FromDays(days));
        var handled = await RunRedactionAsync();

        var session = Single(_warehouse.Sessions, "s-t2");
        var transcript = Single(_warehouse.Transcripts, "s-t2");
        var analysis = Single(_warehouse.AnalysisResults, "s-t2");
        Assert.Equal(redacted ? 1 : 0, handled);
        if (redacted)
        {
            Assert.Equal(Hash, session["user_email"]!.GetValue<string>());
            Assert.Matches("^User [0-9a-f]{8}$", session["user_name"]!.GetValue<string>());
            Assert.Equal(_time.GetUtcNow(), DateTimeOffset.Parse(session["redacted_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
            Assert.DoesNotContain("555 010 2233", transcript.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain(Email, transcript.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain(Name, transcript.ToJsonString(), StringComparison.Ordinal);
            Assert.Contains("[PHONE]", transcript["transcript_text"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.IsType<JsonObject>(transcript["transcript_json"]);
            Assert.Equal("[REDACTED]", analysis["objections"]!["items"]![0]!["quote"]!.GetValue<string>());
            Assert.Equal("price", analysis["objections"]!["items"]![0]!["type"]!.GetValue<string>());
            var lead = Assert.Single(_warehouse.Leads.Documents);
            Assert.Equal(Hash, lead["email"]!.GetValue<string>());
            Assert.Equal(session["user_name"]!.GetValue<string>(), lead["name"]!.GetValue<string>());
            Assert.Equal(["s-t2"], await _sut.FindSessionsAsync(Email, Hash, 100, CancellationToken.None));
            Assert.Equal(0, await RunRedactionAsync()); // idempotent: a second run finds nothing
        }
        else
        {
            Assert.Equal(Email, session["user_email"]!.GetValue<string>());
            Assert.False(session.ContainsKey("redacted_at"));
            Assert.Contains("555 010 2233", transcript["transcript_text"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(Email, Assert.Single(_warehouse.Leads.Documents)["email"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task ListToRedactAsync_TierOneTierTwoAndNoTier_TierOneKept()
    {
        await WriteAsync(WarehouseRecords.Session("s-t1", Start, Start.AddMinutes(2), "Tier 1", email: "lee@big.example", name: "Lee Park"));
        await WriteAsync(WarehouseRecords.Session("s-t2", Start.AddMinutes(5), Start.AddMinutes(7), "Tier 2", email: Email, name: Name));
        await WriteAsync(WarehouseRecords.Session("s-none", Start.AddDays(-2), Start.AddDays(-2).AddMinutes(1)));

        _time.Advance(TimeSpan.FromDays(31));
        var listed = await _sut.ListToRedactAsync(_time.GetUtcNow().AddDays(-30), "Tier 1", 100, CancellationToken.None);
        await RunRedactionAsync();
        await RunRedactionAsync();

        Assert.Equal(["s-none", "s-t2"], listed.Select(c => c.SessionId)); // oldest day first
        Assert.Equal("lee@big.example", Single(_warehouse.Sessions, "s-t1")["user_email"]!.GetValue<string>());
        Assert.Equal("Lee Park", Single(_warehouse.Sessions, "s-t1")["user_name"]!.GetValue<string>());
        Assert.StartsWith(EmailRedaction.Prefix, Single(_warehouse.Sessions, "s-t2")["user_email"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(_warehouse.Leads.Documents, d => d["email"]!.GetValue<string>() == "lee@big.example");
    }

    [Fact]
    public async Task ListToRedactAsync_Max_BoundedSinglePartitionQueriesOldestFirst()
    {
        for (var i = 0; i < 5; i++)
        {
            await WriteAsync(WarehouseRecords.Session($"s-{i}", Start.AddDays(i), Start.AddDays(i).AddMinutes(2), "Tier 2"));
        }

        var listed = await _sut.ListToRedactAsync(Start.AddDays(60), "Tier 1", 3, CancellationToken.None);

        Assert.Equal(["s-0", "s-1", "s-2"], listed.Select(c => c.SessionId));
        Assert.All(_warehouse.Sessions.Queries, q => Assert.NotNull(q.Partition));
        Assert.InRange(_warehouse.Sessions.Queries.Count, 1, _warehouse.Options.Value.RetentionScanDays + 1);
    }

    [Fact]
    public async Task RedactAsync_SameEmailHasATierOneCall_LeadKeepsTheEmail()
    {
        await WriteAsync(WarehouseRecords.Session("s-a", Start, Start.AddMinutes(2), "Tier 1", email: Email, name: Name));
        await WriteAsync(WarehouseRecords.Session("s-b", Start.AddMinutes(5), Start.AddMinutes(7), "Tier 2", email: Email, name: Name));

        _time.Advance(TimeSpan.FromDays(31));
        Assert.Equal(1, await RunRedactionAsync());

        Assert.Equal(Email, Assert.Single(_warehouse.Leads.Documents)["email"]!.GetValue<string>());
        Assert.Equal(Hash, Single(_warehouse.Sessions, "s-b")["user_email"]!.GetValue<string>());
        Assert.Equal(["s-a", "s-b"], await _sut.FindSessionsAsync(Email, Hash, 100, CancellationToken.None));
    }

    [Fact]
    public async Task RedactAsync_UnknownSession_False()
    {
        Assert.False(await _sut.RedactAsync("nope", People.For(Email, Name), _time.GetUtcNow(), CancellationToken.None));
    }

    [Theory]
    [InlineData(364, false)]
    [InlineData(366, true)]
    public async Task RollUpMetricsAsync_TurnsAfterDays_RolledUpHourlyPastAYear(int days, bool rolledUp)
    {
        long[] latencies = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 5000];
        var record = WarehouseRecords.Session("s-m", Start, Start.AddMinutes(25), "Tier 2");
        for (var i = 0; i < latencies.Length; i++)
        {
            record = record.WithTurn(Start.AddMinutes(i), latencies[i], promptTokens: 10);
        }

        await WriteAsync(record);
        _time.SetUtcNow(Start.AddDays(days).AddMinutes(30));
        var before = _time.GetUtcNow().AddDays(-365);
        var first = await _sut.RollUpMetricsAsync(before, 500, CancellationToken.None);
        var second = await _sut.RollUpMetricsAsync(before, 500, CancellationToken.None);

        Assert.Equal(rolledUp ? 20 : 0, first);
        Assert.Equal(0, second);
        var documents = _warehouse.Metrics.Documents;
        if (rolledUp)
        {
            var hourly = Assert.Single(documents);
            Assert.Equal("metrics_hourly", hourly["doc_type"]!.GetValue<string>());
            Assert.Equal("2026-08-18T15:00:00.000Z", hourly["hour"]!.GetValue<string>());
            Assert.Equal("latency", hourly["metric_type"]!.GetValue<string>());
            Assert.Equal(20, hourly["samples"]!.GetValue<long>());
            Assert.Equal(latencies.Sum(), hourly["sum_total_latency_ms"]!.GetValue<long>());
            Assert.Equal(latencies.Sum() / 20.0, hourly["avg_total_latency_ms"]!.GetValue<double>());
            Assert.Equal(1900, hourly["p95_total_latency_ms"]!.GetValue<long>()); // nearest rank: the 19th of 20
            Assert.Equal(5000, hourly["max_total_latency_ms"]!.GetValue<long>());
            Assert.Equal(200, hourly["sum_prompt_tokens"]!.GetValue<long>());
        }
        else
        {
            Assert.Equal(20, Single(_warehouse.Metrics, "s-m")["turns"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task RollUpMetricsAsync_CallAcrossTheCutoff_KeepsTheNewerTurnsAndTheirSpan()
    {
        await WriteAsync(WarehouseRecords.Session("s-m", Start, Start.AddHours(2), "Tier 2")
            .WithTurn(Start.AddMinutes(1), 100).WithTurn(Start.AddMinutes(2), 300).WithTurn(Start.AddHours(1).AddMinutes(30), 700));

        var rolled = await _sut.RollUpMetricsAsync(Start.AddHours(1), 500, CancellationToken.None);

        Assert.Equal(2, rolled);
        var call = Single(_warehouse.Metrics, "s-m");
        Assert.Equal(700, Assert.Single(call["turns"]!.AsArray())!["total_latency_ms"]!.GetValue<long>());
        Assert.Equal("2026-08-18T16:30:00.000Z", call["first_turn_at"]!.GetValue<string>());
        var hourly = Assert.Single(_warehouse.Metrics.Documents, d => d["doc_type"]?.GetValue<string>() == "metrics_hourly");
        Assert.Equal(2, hourly["samples"]!.GetValue<long>());
        Assert.Equal(200.0, hourly["avg_total_latency_ms"]!.GetValue<double>());
    }

    [Fact]
    public void MetricsHourlyDocument_MergeOfTwoBatches_AddsSumsAndKeepsTheLargerP95()
    {
        static JsonObject Turn(long ms) => new() { ["total_latency_ms"] = ms, ["prompt_tokens"] = 5 };
        var a = MetricsHourlyDocument.Of("2026-08-18T15:00:00.000Z", "latency", [Turn(100), Turn(300)]);
        var b = MetricsHourlyDocument.Of("2026-08-18T15:00:00.000Z", "latency", [Turn(200)]);

        var merged = a.Merge(b);

        Assert.Equal((3L, 3L, 600L, 200.0, 300L, 300L, 15L), (merged.Samples, merged.LatencySamples, merged.SumTotalLatencyMs, merged.AvgTotalLatencyMs!.Value, merged.P95TotalLatencyMs!.Value, merged.MaxTotalLatencyMs!.Value, merged.SumPromptTokens));
        Assert.Equal("hourly-2026-08-18T15-latency", merged.Id);
        Assert.Equal("2026-08-18", merged.Day);
    }

    [Theory]
    [InlineData(364, 1)]
    [InlineData(366, 0)]
    public async Task DeleteAlertsAsync_AlertAfterDays_DeletedPastAYear(int days, int left)
    {
        var alerts = new CosmosAlertHistory(_warehouse.Store, _warehouse.Options);
        await alerts.OpenAsync(new NewAlert("critical", "agent_down", "P1", "down"), _time.GetUtcNow(), CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(days));
        var before = _time.GetUtcNow().AddDays(-365);
        var deleted = await _sut.DeleteAlertsAsync(before, 500, CancellationToken.None);
        var again = await _sut.DeleteAlertsAsync(before, 500, CancellationToken.None);

        Assert.Equal(1 - left, deleted);
        Assert.Equal(0, again);
        Assert.Equal(left, _warehouse.AlertsHistory.Documents.Count(d => d["doc_type"]?.GetValue<string>() == AlertDocument.Type));
    }

    [Fact]
    public async Task CompactAsync_NothingToDo_SendsNoRequest()
    {
        await _sut.CompactAsync(CancellationToken.None);

        Assert.All(All, c => Assert.Empty(c.Queries));
        Assert.All(All, c => Assert.Empty(c.Writes));
    }

    private Task WriteAsync(WarehouseRecord record) => _warehouse.Writer.WriteAsync(record, CancellationToken.None);

    /// <summary>What the retention job's redaction rule does: list past thirty days, redact each with its person's redaction.</summary>
    private async Task<int> RunRedactionAsync()
    {
        var now = _time.GetUtcNow();
        var candidates = await _sut.ListToRedactAsync(now.AddDays(-30), "Tier 1", 500, CancellationToken.None);
        foreach (var candidate in candidates)
        {
            Assert.True(await _sut.RedactAsync(candidate.SessionId, People.For(candidate.UserEmail, candidate.UserName), now, CancellationToken.None));
        }

        return candidates.Count;
    }

    private static JsonObject Single(InMemoryCosmosContainer container, string id) =>
        Assert.Single(container.Documents, d => d["id"]!.GetValue<string>() == id);
}
