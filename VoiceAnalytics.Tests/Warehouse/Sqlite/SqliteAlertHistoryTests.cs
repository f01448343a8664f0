using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Tests.Support;

using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Tests.Warehouse.Sqlite;

public sealed class SqliteAlertHistoryTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task OpenAsync_SameConditionTwice_OpensOneRow()
    {
        var sut = CreateSut();

        var (first, firstCreated) = await sut.OpenAsync(Condition("agent_down"), Noon, CancellationToken.None);
        var (second, secondCreated) = await sut.OpenAsync(Condition("agent_down"), Noon.AddMinutes(2), CancellationToken.None);

        Assert.True(firstCreated);
        Assert.False(secondCreated);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM alerts_history"));
    }

    [Fact]
    public async Task ResolveAsync_OpenAlert_SetsResolvedAtAndAddsAResolutionRow()
    {
        var sut = CreateSut();
        var (opened, _) = await sut.OpenAsync(Condition("high_error_rate"), Noon, CancellationToken.None);

        var resolved = await sut.ResolveAsync("high_error_rate", "Error rate back to 1 %", Noon.AddMinutes(6), CancellationToken.None);

        Assert.Equal(opened.Id, resolved!.Id);
        Assert.Null(await sut.FindOpenAsync("high_error_rate", CancellationToken.None));
        var rows = await sut.ListAsync(Noon, Noon.AddHours(1), CancellationToken.None);
        Assert.Equal([AlertHistoryTypes.Resolution], rows.Where(r => r.Id != opened.Id).Select(r => r.AlertType));
        Assert.Equal(Noon.AddMinutes(6), rows.Single(r => r.Id == opened.Id).ResolvedAt);
    }

    [Fact]
    public async Task ResolveAsync_NothingOpen_ReturnsNullAndWritesNothing()
    {
        Assert.Null(await CreateSut().ResolveAsync("agent_down", "ok", Noon, CancellationToken.None));
        Assert.Equal(0, _stores.Scalar("SELECT COUNT(*) FROM alerts_history"));
    }

    [Fact]
    public async Task OpenAsync_AfterResolution_OpensANewAlert()
    {
        var sut = CreateSut();
        var (first, _) = await sut.OpenAsync(Condition("agent_down"), Noon, CancellationToken.None);
        await sut.ResolveAsync("agent_down", "sessions again", Noon.AddMinutes(4), CancellationToken.None);

        var (again, created) = await sut.OpenAsync(Condition("agent_down"), Noon.AddMinutes(30), CancellationToken.None);

        Assert.True(created);
        Assert.NotEqual(first.Id, again.Id);
    }

    [Fact]
    public async Task AddForSessionAsync_SameSessionTwice_RecordsOnceButOtherSessionsAgain()
    {
        var sut = CreateSut();
        Exec("INSERT INTO sessions (session_id, created_at) VALUES ('s-1', 'now'), ('s-2', 'now');");
        var hotLead = new NewAlert("business", "hot_lead", "info", "Hot lead: score 86", SessionId: "s-1");

        var (_, first) = await sut.AddForSessionAsync(hotLead, Noon, CancellationToken.None);
        var (_, repeat) = await sut.AddForSessionAsync(hotLead, Noon.AddMinutes(1), CancellationToken.None);
        var (_, other) = await sut.AddForSessionAsync(hotLead with { SessionId = "s-2" }, Noon, CancellationToken.None);

        Assert.Equal([true, false, true], [first, repeat, other]);
        Assert.Equal(2, _stores.Scalar("SELECT COUNT(*) FROM alerts_history WHERE alert_name = 'hot_lead'"));
    }

    [Fact]
    public async Task SetSentToAsync_IsReadBack()
    {
        var sut = CreateSut();
        var (opened, _) = await sut.OpenAsync(Condition("queue_backlog"), Noon, CancellationToken.None);

        await sut.SetSentToAsync(opened.Id, "#ops", CancellationToken.None);

        Assert.Equal("#ops", (await sut.FindOpenAsync("queue_backlog", CancellationToken.None))!.SentTo);
    }

    private static NewAlert Condition(string name) => new("high", name, "high", $"{name} fired", """{"value":1}""");

    private SqliteAlertHistory CreateSut() => new(_stores.Database);

    private void Exec(string sql)
    {
        using var connection = _stores.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
