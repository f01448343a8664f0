using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Warehouse;
using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>
/// The shared warehouse suite: every adapter answers the same questions the same way for the same records. A
/// subclass opens its adapter into <see cref="WarehousePorts"/>; the tests seed only through the write port and
/// assert hand-computed figures through the read ports. One file per port (partial class).
/// </summary>
public abstract partial class WarehouseContract : IAsyncLifetime
{
    /// <summary>Monday 17 August 2026, 00:00 UTC: the day most tests fill.</summary>
    protected static readonly DateTimeOffset Day = new(2026, 8, 17, 0, 0, 0, TimeSpan.Zero);

    private WarehousePorts? _ports;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 8, 18, 10, 0, 0, TimeSpan.Zero));

    protected WarehousePorts Ports => _ports ?? throw new InvalidOperationException("The adapter is not open.");

    /// <summary>Opens a fresh, empty warehouse of the adapter under test.</summary>
    protected abstract Task<WarehousePorts> OpenAsync(FakeTimeProvider time);

    public async Task InitializeAsync() => _ports = await OpenAsync(Time);

    public async Task DisposeAsync()
    {
        if (_ports is not null)
        {
            await _ports.DisposeAsync();
        }
    }

    protected async Task WriteAsync(params WarehouseRecord[] records)
    {
        foreach (var record in records)
        {
            await Ports.Writer.WriteAsync(record, CancellationToken.None);
        }
    }

    protected static DateTimeOffset At(int hour, int minute = 0, int second = 0) => Day.AddHours(hour).AddMinutes(minute).AddSeconds(second);

    /// <summary>The lead-scoring defaults: hot above 80, Tier 1 from 5 seats, 100 documents, or a Salesforce/HubSpot need.</summary>
    protected static ExecutiveThresholds Thresholds(int teamSize = 5, int volume = 100, string[]? integrations = null) =>
        new(80, "Tier 1", teamSize, volume, integrations ?? ["Salesforce", "HubSpot"]);

    protected static ReportPeriod TheDay => new(DateOnly.FromDateTime(Day.UtcDateTime), DateOnly.FromDateTime(Day.UtcDateTime), Day, Day.AddDays(1));

    private Task<LeadProfile?> ProfileAsync(string email) =>
        (Ports.Profiles ?? throw new InvalidOperationException("This adapter has no lead profile read port (WarehousePorts.Profiles)."))
            .FindAsync(email, CancellationToken.None);

    private Task<PeriodFigures> ExecutiveAsync(ExecutiveThresholds? thresholds = null) =>
        Ports.Executive.ReadAsync(TheDay, thresholds ?? Thresholds(), CancellationToken.None);

    // ---- IWarehouseWriter ----

    [Fact]
    public async Task WriteAsync_SameRecordTwice_LeavesOneSessionAndOneSetOfTurns()
    {
        var record = Session("w-1", At(9), At(9, 5), tier: "Tier 1", score: 70, email: "ann@example.com", name: "Ann")
            .WithTurn(At(9, 1), 1000, promptTokens: 100, completionTokens: 10)
            .WithTurn(At(9, 2), 2000, promptTokens: 200, completionTokens: 20)
            .WithAnalysis(AnalysisJson.Performance, AnalysisJson.Cost(0.5, 0.3, 0.1, 0.1))
            .WithLead(teamSize: 12);

        await WriteAsync(record, record);

        Assert.Equal(["w-1"], (await Ports.Ops.SessionOutcomesAsync(Day, Day.AddDays(1), CancellationToken.None)).Select(o => o.SessionId));
        var latency = await Ports.Ops.LatencyAsync(Day, Day.AddDays(1), CancellationToken.None);
        Assert.Equal(2, latency.Turns);
        Assert.Equal(1500, latency.AverageMs);
        Assert.Equal(330, await Ports.Ops.TokensAsync(Day, Day.AddDays(1), CancellationToken.None));
        Assert.Equal(1, (await Ports.Ops.CostAsync(Day, Day.AddDays(1), CancellationToken.None)).Sessions);
        var figures = await ExecutiveAsync();
        Assert.Equal(1, figures.Activity.Sessions);
        Assert.Equal(2, figures.Performance.MeasuredTurns);
        Assert.Equal(1, (await ProfileAsync("ann@example.com"))!.TotalCalls);
    }

    [Fact]
    public async Task WriteAsync_RewriteWithFewerTurns_ReplacesTheTurnsAsASet()
    {
        var first = Session("w-2", At(9), At(9, 5)).WithTurn(At(9, 1), 1000, promptTokens: 100).WithTurn(At(9, 2), 2000, promptTokens: 200).WithTurn(At(9, 3), 3000);
        var second = Session("w-2", At(9), At(9, 5)).WithTurn(At(9, 4), 500, promptTokens: 7, completionTokens: 3);

        await WriteAsync(first, second);

        var latency = await Ports.Ops.LatencyAsync(Day, Day.AddDays(1), CancellationToken.None);
        Assert.Equal(1, latency.Turns);
        Assert.Equal(500, latency.AverageMs);
        Assert.Equal(10, await Ports.Ops.TokensAsync(Day, Day.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_RewriteWithNewFacts_TheLatestWriteIsRead()
    {
        await WriteAsync(
            Session("w-3", At(9), At(9, 5), tier: "Tier 2", score: 40, sentiment: "negative"),
            Session("w-3", At(9), At(9, 5), tier: "Tier 1", score: 85, sentiment: "positive"));

        var figures = await ExecutiveAsync();
        Assert.Equal(1, figures.Activity.Sessions);
        Assert.Equal(1, figures.Activity.QualifiedLeads);
        Assert.Equal(1, figures.Business.HotLeads);
        Assert.Equal(0, figures.Risks.NegativeSessions);
    }

    [Fact]
    public async Task WriteAsync_LaterCall_ItsProfileWins()
    {
        await WriteAsync(
            Session("l-1", At(9), At(9, 5), tier: "Tier 2", score: 40, email: "ann@example.com", name: "Ann")
                .WithLead(teamSize: 3, currentTool: "Excel", integrations: ["Zapier"]),
            Session("l-2", At(15), At(15, 5), tier: "Tier 1", score: 85, email: "ann@example.com", name: "Ann Lee")
                .WithLead(teamSize: 20, integrations: ["Salesforce"]));

        var profile = await ProfileAsync("ann@example.com");

        Assert.NotNull(profile);
        Assert.Equal("l-2", profile.LatestSessionId);
        Assert.Equal("Ann Lee", profile.Name);
        Assert.Equal(20, profile.TeamSize);
        Assert.Equal(["Salesforce"], profile.IntegrationNeeds);
        Assert.Equal("Excel", profile.CurrentTool); // the later call did not mention it: the earlier value is kept
        Assert.Equal("Tier 1", profile.QualificationTier);
        Assert.Equal(85, profile.LeadScore);
        Assert.Equal(2, profile.TotalCalls);
        Assert.Equal(At(9), profile.FirstCallDate);
        Assert.Equal(At(15), profile.LastCallDate);
    }

    [Fact]
    public async Task WriteAsync_OlderCallArrivingLater_DoesNotOverwriteTheProfile()
    {
        await WriteAsync(
            Session("l-2", At(15), At(15, 5), tier: "Tier 1", score: 85, email: "ann@example.com", name: "Ann Lee")
                .WithLead(teamSize: 20, integrations: ["Salesforce"]),
            Session("l-1", At(9), At(9, 5), tier: "Tier 2", score: 40, email: "ann@example.com", name: "Ann")
                .WithLead(teamSize: 3, currentTool: "Excel", integrations: ["Zapier"]));

        var profile = await ProfileAsync("ANN@example.com ");

        Assert.NotNull(profile);
        Assert.Equal("l-2", profile.LatestSessionId);
        Assert.Equal("Ann Lee", profile.Name);
        Assert.Equal(20, profile.TeamSize);
        Assert.Equal(["Salesforce"], profile.IntegrationNeeds);
        Assert.Equal("Tier 1", profile.QualificationTier);
        Assert.Equal(85, profile.LeadScore);
        // What the latest call did not say, the older one may still fill: the same profile in either arrival order.
        Assert.Equal("Excel", profile.CurrentTool);
        Assert.Equal(2, profile.TotalCalls);
        Assert.Equal(At(9), profile.FirstCallDate);
        Assert.Equal(At(15), profile.LastCallDate);
    }

    [Fact]
    public async Task WriteAsync_CallsReplayed_TotalCallsCountsDistinctSessions()
    {
        var first = Session("l-1", At(9), At(9, 5), score: 40, email: "bob@example.com").WithLead();
        var second = Session("l-2", At(10), At(10, 5), score: 50, email: "bob@example.com").WithLead();

        await WriteAsync(first, second, first, second, first);

        var profile = await ProfileAsync("bob@example.com");
        Assert.Equal(2, profile!.TotalCalls);
        Assert.Equal("l-2", profile.LatestSessionId);
        Assert.Equal(2, (await ExecutiveAsync()).Activity.Sessions);
        Assert.Equal(1, (await ExecutiveAsync()).Activity.UniqueUsers);
    }

    [Fact]
    public async Task FindAsync_UnknownEmail_Null() =>
        Assert.Null(await ProfileAsync("nobody@example.com"));

    // ---- ILeadHistory ----

    [Fact]
    public async Task FindPreviousAsync_LatestEarlierScoredCallOfTheEmail()
    {
        await WriteAsync(
            Session("h-a", At(1), email: "x@example.com").WithAnalysis(AnalysisJson.LeadScore, AnalysisJson.Score(40, "Tier 2")),
            Session("h-b", At(5), email: "x@example.com").WithAnalysis(AnalysisJson.LeadScore, AnalysisJson.Score(62, "Tier 1")),
            Session("h-unscored", At(7), email: "x@example.com"),
            Session("h-c", At(9), email: "x@example.com").WithAnalysis(AnalysisJson.LeadScore, AnalysisJson.Score(90, "Tier 1")),
            Session("h-other", At(8), email: "other@example.com").WithAnalysis(AnalysisJson.LeadScore, AnalysisJson.Score(10, "Tier 2")));

        var previous = await Ports.Leads.FindPreviousAsync("X@Example.com", "h-c", At(9), CancellationToken.None);

        Assert.NotNull(previous);
        Assert.Equal("h-b", previous.SessionId);
        Assert.Equal(At(5), previous.CallDate);
        Assert.Equal(62, previous.Score);
        Assert.Equal("Tier 1", previous.Tier);
        Assert.Equal("team_size", Assert.Single(previous.Factors).Name);
    }

    [Fact]
    public async Task FindPreviousAsync_ExcludesTheSessionItselfAndLaterCalls()
    {
        await WriteAsync(
            Session("h-a", At(5), email: "x@example.com").WithAnalysis(AnalysisJson.LeadScore, AnalysisJson.Score(40, "Tier 2")),
            Session("h-b", At(9), email: "x@example.com").WithAnalysis(AnalysisJson.LeadScore, AnalysisJson.Score(62, "Tier 1")));

        // The session itself is skipped even when asked with a bound after its start (a replay of h-a): the one before is h-b.
        Assert.Equal("h-b", (await Ports.Leads.FindPreviousAsync("x@example.com", "h-a", At(12), CancellationToken.None))!.SessionId);
        Assert.Null(await Ports.Leads.FindPreviousAsync("x@example.com", "h-a", At(5), CancellationToken.None));
        Assert.Null(await Ports.Leads.FindPreviousAsync("x@example.com", "h-new", At(5), CancellationToken.None));
        Assert.Equal("h-a", (await Ports.Leads.FindPreviousAsync("x@example.com", "h-new", At(5, 0, 1), CancellationToken.None))!.SessionId);
    }
}
