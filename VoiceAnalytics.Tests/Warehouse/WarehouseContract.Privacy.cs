using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Privacy;
using VoiceAnalytics.Core.Warehouse;
using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>
/// <see cref="IWarehousePrivacy"/>: the same erasure counts, redaction candidates, lead re-keying, roll-up and alert
/// deletion counts on every adapter, observed through the ports (what each store keeps inside is its own tests' matter).
/// </summary>
public abstract partial class WarehouseContract
{
    private const string DanaEmail = "dana.w@example.com";
    private const string DanaName = "Dana Whitfield";
    private static readonly PersonRedactions People = new(new PersonKey("a-test-secret-of-at-least-32-characters!"));

    private IWarehousePrivacy Privacy =>
        Ports.Privacy ?? throw new InvalidOperationException("This adapter has no privacy port (WarehousePorts.Privacy).");

    private static string DanaHash => People.For(DanaEmail, DanaName).EmailHash!;

    private async Task<int> RedactPastThirtyDaysAsync()
    {
        var now = Time.GetUtcNow();
        var candidates = await Privacy.ListToRedactAsync(now.AddDays(-30), "Tier 1", 500, CancellationToken.None);
        foreach (var candidate in candidates)
        {
            Assert.True(await Privacy.RedactAsync(candidate.SessionId, People.For(candidate.UserEmail, candidate.UserName), now, CancellationToken.None));
        }

        return candidates.Count;
    }

    // ---- IWarehousePrivacy ----

    [Fact]
    public async Task Privacy_ErasePerson_SameCountsAndNothingOfThemLeft()
    {
        await WriteAsync(
            Session("s-1", At(9), At(9, 2), "Tier 2", email: DanaEmail, name: DanaName).WithLatencies(At(9, 1), 300, 400).WithLlmCost(0.02),
            Session("s-2", At(9).AddDays(1), At(9, 2).AddDays(1), "Tier 2", email: DanaEmail, name: DanaName).WithLatencies(At(9, 1).AddDays(1), 500),
            Session("s-3", At(10), At(10, 3), "Tier 1", email: "lee@big.example", name: "Lee Park"));
        await Ports.Alerts.AddForSessionAsync(new NewAlert("business", "hot_lead", "P2", "hot lead", SessionId: "s-1"), At(9, 3), CancellationToken.None);

        var found = await Privacy.FindSessionsAsync(DanaEmail, DanaHash, 100, CancellationToken.None);
        var erased = await Privacy.EraseAsync(found, DanaEmail, DanaHash, CancellationToken.None);

        Assert.Equal(["s-1", "s-2"], found);
        // The full-text index is SQLite's alone (one row per transcript); every other figure is the same.
        Assert.Contains(erased.TranscriptIndex, new[] { 0, 2 });
        Assert.Equal(new WarehouseErasure(2, 2, 0, 3, 2, 1, 1, 1), erased with { TranscriptIndex = 0 });
        Assert.Empty(await Privacy.FindSessionsAsync(DanaEmail, DanaHash, 100, CancellationToken.None));
        Assert.Null(await Ports.Profiles!.FindAsync(DanaEmail, CancellationToken.None));
        Assert.NotNull(await Ports.Profiles.FindAsync("lee@big.example", CancellationToken.None));
        Assert.Empty(await Ports.Alerts.ListAsync(Day, Day.AddDays(3), CancellationToken.None));
        Assert.Equal(["s-3"], (await Privacy.ListToRedactAsync(Day.AddDays(3), "none", 100, CancellationToken.None)).Select(c => c.SessionId));
        Assert.Equal(WarehouseErasure.None, (await Privacy.EraseAsync(found, DanaEmail, DanaHash, CancellationToken.None)) with { TranscriptIndex = 0 });
    }

    [Theory]
    [InlineData(29, 0)]
    [InlineData(31, 1)]
    public async Task Privacy_TierTwoCallAfterDays_RedactedOnlyPastThirtyAndTheLeadRekeyed(int days, int redacted)
    {
        await WriteAsync(Session("s-t2", At(9), At(9, 2), "Tier 2", email: DanaEmail, name: DanaName)
            .WithAnalysis("objections", JsonNode.Parse("""{"items":[{"quote":"call me on 555 010 2233"}]}""")!));
        Time.SetUtcNow(At(9, 2).AddDays(days));

        Assert.Equal(redacted, await RedactPastThirtyDaysAsync());
        Assert.Equal(0, await RedactPastThirtyDaysAsync());

        var underEmail = await Ports.Profiles!.FindAsync(DanaEmail, CancellationToken.None);
        var underHash = await Ports.Profiles.FindAsync(DanaHash, CancellationToken.None);
        Assert.Equal(redacted == 0, underEmail is not null);
        Assert.Equal(redacted == 1, underHash is not null);
        if (underHash is not null)
        {
            Assert.Matches("^User [0-9a-f]{8}$", underHash.Name);
        }

        Assert.Equal(["s-t2"], await Privacy.FindSessionsAsync(DanaEmail, DanaHash, 100, CancellationToken.None));
    }

    [Fact]
    public async Task Privacy_TierOneTierTwoAndNoTier_TierOneNeverListedAndItsEmailKeepsTheLead()
    {
        await WriteAsync(
            Session("s-t1", At(9), At(9, 2), "Tier 1", email: DanaEmail, name: DanaName),
            Session("s-t2", At(10), At(10, 2), "Tier 2", email: DanaEmail, name: DanaName),
            Session("s-none", At(11), At(11, 2)));
        Time.SetUtcNow(Day.AddDays(31));

        var listed = await Privacy.ListToRedactAsync(Time.GetUtcNow().AddDays(-30), "Tier 1", 100, CancellationToken.None);
        Assert.Equal(2, await RedactPastThirtyDaysAsync());

        Assert.Equal(["s-none", "s-t2"], listed.Select(c => c.SessionId).Order(StringComparer.Ordinal));
        Assert.NotNull(await Ports.Profiles!.FindAsync(DanaEmail, CancellationToken.None));
        Assert.Null(await Ports.Profiles.FindAsync(DanaHash, CancellationToken.None));
        Assert.Equal(["s-t1", "s-t2"], await Privacy.FindSessionsAsync(DanaEmail, DanaHash, 100, CancellationToken.None));
    }

    [Theory]
    [InlineData(364, 0)]
    [InlineData(366, 20)]
    public async Task Privacy_TurnsAfterDays_RolledUpPastAYearOnce(int days, int rolled)
    {
        var record = Session("s-m", At(15), At(15, 25), "Tier 2");
        for (var i = 0; i < 20; i++)
        {
            record = record.WithTurn(At(15, i), 100 * (i + 1), promptTokens: 10);
        }

        await WriteAsync(record);
        var before = At(15, 30).AddDays(days).AddDays(-365);

        Assert.Equal(rolled, await Privacy.RollUpMetricsAsync(before, 500, CancellationToken.None));
        Assert.Equal(0, await Privacy.RollUpMetricsAsync(before, 500, CancellationToken.None));
    }

    [Theory]
    [InlineData(364, 0)]
    [InlineData(366, 1)]
    public async Task Privacy_AlertAfterDays_DeletedPastAYear(int days, int deleted)
    {
        await Ports.Alerts.OpenAsync(new NewAlert("critical", "agent_down", "P1", "down"), At(9), CancellationToken.None);
        var before = At(9).AddDays(days).AddDays(-365);

        Assert.Equal(deleted, await Privacy.DeleteAlertsAsync(before, 500, CancellationToken.None));
        Assert.Equal(0, await Privacy.DeleteAlertsAsync(before, 500, CancellationToken.None));
        Assert.Equal(1 - deleted, (await Ports.Alerts.ListAsync(Day, Day.AddDays(1), CancellationToken.None)).Count);
    }
}
