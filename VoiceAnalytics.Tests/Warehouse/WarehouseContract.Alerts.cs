using VoiceAnalytics.Core.Alerts.History;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>The shared suite: <see cref="IAlertHistory"/> (alerts_history).</summary>
public abstract partial class WarehouseContract
{
    private static readonly NewAlert AgentDown = new("critical", "agent_down", "P1", "Voice agent appears down", """{"window_minutes":10}""");

    [Fact]
    public async Task OpenAsync_SameConditionTwice_OpensOneRow()
    {
        var (first, created) = await Ports.Alerts.OpenAsync(AgentDown, At(12), CancellationToken.None);
        var (second, createdAgain) = await Ports.Alerts.OpenAsync(AgentDown with { Message = "still down" }, At(12, 2), CancellationToken.None);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first, second);
        Assert.Equal(first, await Ports.Alerts.FindOpenAsync("agent_down", CancellationToken.None));
        var row = Assert.Single(await Ports.Alerts.ListAsync(Day, Day.AddDays(1), CancellationToken.None));
        Assert.Equal(new AlertRecord(first.Id, "critical", "agent_down", "P1", "Voice agent appears down", """{"window_minutes":10}""", null, At(12), null, null), row);
    }

    [Fact]
    public async Task ResolveAsync_Once_SetsResolvedAtAndAddsOneResolutionRow()
    {
        var (opened, _) = await Ports.Alerts.OpenAsync(AgentDown, At(12), CancellationToken.None);
        await Ports.Alerts.SetSentToAsync(opened.Id, "pagerduty", CancellationToken.None);

        var resolved = await Ports.Alerts.ResolveAsync("agent_down", "Voice agent is back", At(12, 4), CancellationToken.None);
        var again = await Ports.Alerts.ResolveAsync("agent_down", "Voice agent is back", At(12, 6), CancellationToken.None);

        Assert.Equal(opened with { SentTo = "pagerduty", ResolvedAt = At(12, 4) }, resolved);
        Assert.Null(again);
        Assert.Null(await Ports.Alerts.FindOpenAsync("agent_down", CancellationToken.None));
        var rows = await Ports.Alerts.ListAsync(Day, Day.AddDays(1), CancellationToken.None);
        Assert.Equal(2, rows.Count);
        Assert.Equal(At(12, 4), rows[0].ResolvedAt);
        var resolution = rows[1];
        Assert.Equal((AlertHistoryTypes.Resolution, "agent_down", "P1", "Voice agent is back", At(12, 4), At(12, 4), "pagerduty"),
            (resolution.AlertType, resolution.AlertName, resolution.Severity, resolution.Message, resolution.TriggeredAt, resolution.ResolvedAt, resolution.SentTo));
        Assert.Null(resolution.SessionId);
    }

    [Fact]
    public async Task ResolveAsync_NothingOpen_NullAndNothingWritten()
    {
        Assert.Null(await Ports.Alerts.ResolveAsync("agent_down", "back", At(12), CancellationToken.None));

        Assert.Empty(await Ports.Alerts.ListAsync(Day, Day.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task OpenAsync_AfterResolution_OpensANewAlert()
    {
        var (first, _) = await Ports.Alerts.OpenAsync(AgentDown, At(12), CancellationToken.None);
        await Ports.Alerts.ResolveAsync("agent_down", "back", At(12, 4), CancellationToken.None);

        var (second, created) = await Ports.Alerts.OpenAsync(AgentDown, At(13), CancellationToken.None);

        Assert.True(created);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(second, await Ports.Alerts.FindOpenAsync("agent_down", CancellationToken.None));
    }

    [Fact]
    public async Task OpenAsync_OtherConditions_AreOpenedEachOnce()
    {
        await Ports.Alerts.OpenAsync(AgentDown, At(12), CancellationToken.None);

        var (other, created) = await Ports.Alerts.OpenAsync(new NewAlert("high", "latency_sustained", "P2", "slow"), At(12, 1), CancellationToken.None);

        Assert.True(created);
        Assert.Equal(other, await Ports.Alerts.FindOpenAsync("latency_sustained", CancellationToken.None));
        Assert.NotNull(await Ports.Alerts.FindOpenAsync("agent_down", CancellationToken.None));
    }

    [Fact]
    public async Task AddForSessionAsync_SameSessionTwice_RecordsOnceButOtherSessionsAgain()
    {
        await WriteAsync(WarehouseRecords.Session("s-1", At(8)), WarehouseRecords.Session("s-2", At(8))); // a session's alert is about a warehouse session
        var hotLead = new NewAlert("business", "hot_lead", "info", "Hot lead", SessionId: "s-1");

        var (first, created) = await Ports.Alerts.AddForSessionAsync(hotLead, At(9), CancellationToken.None);
        var (again, createdAgain) = await Ports.Alerts.AddForSessionAsync(hotLead, At(9, 30), CancellationToken.None);
        var (other, createdOther) = await Ports.Alerts.AddForSessionAsync(hotLead with { SessionId = "s-2" }, At(10), CancellationToken.None);
        var (meeting, createdMeeting) = await Ports.Alerts.AddForSessionAsync(hotLead with { AlertName = "meeting_booked" }, At(10, 30), CancellationToken.None);

        Assert.Equal((true, false, true, true), (created, createdAgain, createdOther, createdMeeting));
        Assert.Equal(first, again);
        Assert.Equal("s-2", other.SessionId);
        Assert.Equal("meeting_booked", meeting.AlertName);
        Assert.Equal(3, (await Ports.Alerts.ListAsync(Day, Day.AddDays(1), CancellationToken.None)).Count);
        Assert.Null(await Ports.Alerts.FindOpenAsync("hot_lead", CancellationToken.None)); // per-session alerts are not open conditions
    }

    [Fact]
    public async Task ListAsync_TriggeredInTheWindow_OldestFirst()
    {
        await WriteAsync(WarehouseRecords.Session("s-1", At(8)));
        await Ports.Alerts.OpenAsync(new NewAlert("high", "late", "P2", "m"), At(11), CancellationToken.None);
        await Ports.Alerts.OpenAsync(new NewAlert("high", "at-from", "P2", "m"), At(10), CancellationToken.None);
        await Ports.Alerts.OpenAsync(new NewAlert("high", "at-to", "P2", "m"), At(12), CancellationToken.None);
        await Ports.Alerts.OpenAsync(new NewAlert("high", "before", "P2", "m"), At(9, 59, 59), CancellationToken.None);
        await Ports.Alerts.AddForSessionAsync(new NewAlert("business", "hot_lead", "info", "m", SessionId: "s-1"), At(11, 59, 59), CancellationToken.None);

        var rows = await Ports.Alerts.ListAsync(At(10), At(12), CancellationToken.None);

        Assert.Equal(["at-from", "late", "hot_lead"], rows.Select(r => r.AlertName));
    }
}
