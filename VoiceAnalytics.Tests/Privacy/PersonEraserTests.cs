using System.Text;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Privacy;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Tests.Privacy;

public sealed class PersonEraserTests
{
    private const string Email = "dana.w@example.com";
    private const string Name = "Dana Whitfield";
    private const string Phrase = "purple elephant onboarding";

    [Fact]
    public async Task EraseAsync_PersonWithTwoCalls_EveryStoreDropsThemAndTheReceiptCountsIt()
    {
        using var app = new PrivacyApp();
        await app.CallAsync("s-1", Email, Name, PrivacyApp.TierOneText + " " + Phrase);
        await app.CallAsync("s-2", Email, Name, PrivacyApp.TierTwoText);
        await app.CallAsync("s-other", "lee@big.example", "Lee Park", PrivacyApp.TierTwoText);
        app.Execute("INSERT INTO alerts_history (alert_type, alert_name, severity, message, session_id, triggered_at) VALUES ('business', 'hot_lead', 'info', 'hot', 's-1', '2026-08-18T15:10:00.000Z');");
        var outboxBefore = app.Scalar("SELECT COUNT(*) FROM outbox WHERE session_id IN ('s-1', 's-2');");
        Assert.True(outboxBefore > 0);

        var receipt = await app.Get<PersonEraser>().EraseAsync("Dana.W@example.com", CancellationToken.None);

        Assert.Equal(2, receipt.Sessions);
        Assert.Equal(app.Get<PersonKey>().HashEmail(Email), receipt.EmailHash);
        Assert.Equal(2, receipt.Removed["raw_payloads"]);
        Assert.Equal(2, receipt.Removed["reports"]);
        Assert.Equal(2, receipt.Removed["warehouse_sessions"]);
        Assert.Equal(2, receipt.Removed["transcripts"]);
        Assert.Equal(2, receipt.Removed["transcripts_fts"]);
        Assert.Equal(2, receipt.Removed["analysis_results"]);
        Assert.Equal(1, receipt.Removed["leads"]);
        Assert.Equal(1, receipt.Removed["alerts_history"]);
        Assert.Equal(0, receipt.Removed["checkpoints"]); // an analyzed session keeps no checkpoints: its report holds the results (issue 13)
        Assert.True(receipt.Removed["metrics"] >= 0);
        Assert.Equal(outboxBefore, receipt.Removed["outbox_entries"]);
        Assert.True(receipt.Removed["delivery_ledger"] >= 2);
        foreach (var table in new[] { "ingested_sessions", "ingested_bodies", "analyzer_checkpoints", "sessions", "transcripts", "metrics", "analysis_results", "alerts_history", "outbox", "deliveries" })
        {
            Assert.Equal(0, app.Scalar($"SELECT COUNT(*) FROM {table} WHERE session_id IN ('s-1', 's-2');"));
        }

        Assert.Equal(0, app.Scalar("SELECT COUNT(*) FROM transcripts_fts WHERE transcripts_fts MATCH 'purple';"));
        Assert.Equal(0, app.Scalar("SELECT COUNT(*) FROM leads WHERE email = $e;", ("$e", Email)));
        Assert.Equal(1, app.Scalar("SELECT COUNT(*) FROM sessions WHERE session_id = 's-other';")); // someone else stays
        Assert.Equal(receipt, await app.Get<IErasureLog>().GetAsync(receipt.ErasureId, CancellationToken.None), ReceiptComparer.Instance);
        Assert.DoesNotContain(Email, System.Text.Json.JsonSerializer.Serialize(receipt), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EraseAsync_SameEmailAgain_NewReceiptWithZeroCounts()
    {
        using var app = new PrivacyApp();
        await app.CallAsync("s-1", Email, Name, PrivacyApp.TierTwoText);
        var first = await app.Get<PersonEraser>().EraseAsync(Email, CancellationToken.None);

        var second = await app.Get<PersonEraser>().EraseAsync(Email, CancellationToken.None);

        Assert.NotEqual(first.ErasureId, second.ErasureId);
        Assert.Equal(first.EmailHash, second.EmailHash);
        Assert.Equal(0, second.Sessions);
        Assert.All(second.Removed.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task EraseAsync_ThenReplayedQueueMessage_PersonDoesNotComeBack()
    {
        using var app = new PrivacyApp();
        await app.CallAsync("s-1", Email, Name, PrivacyApp.TierTwoText);
        await app.Get<PersonEraser>().EraseAsync(Email, CancellationToken.None);

        await app.Get<ISessionQueue>().EnqueueAsync(new SessionMessage("s-1", "s-1", app.Time.GetUtcNow()), CancellationToken.None);
        Assert.True(await app.Get<SessionQueueProcessor>().ProcessNextAsync(CancellationToken.None));

        Assert.Equal(0, app.Scalar("SELECT COUNT(*) FROM queue_messages;")); // dropped, not retried or poisoned
        Assert.Equal(0, app.Scalar("SELECT COUNT(*) FROM sessions;"));
        Assert.Equal(0, app.Scalar("SELECT COUNT(*) FROM outbox WHERE session_id = 's-1';"));
    }

    [Fact]
    public async Task EraseAsync_WhileTheSessionIsAnalyzed_NoRowLeftAfterBoth()
    {
        var gate = new ErasingAnalyzer();
        using var app = new PrivacyApp(services => services.AddSingleton<IAnalyzer>(gate));
        gate.Erase = () => app.Get<PersonEraser>().EraseAsync(Email, CancellationToken.None);
        await app.IngestAsync("s-1", Email, Name, PrivacyApp.TierTwoText);

        Assert.True(await app.Get<SessionQueueProcessor>().ProcessNextAsync(CancellationToken.None));

        Assert.True(gate.Ran);
        foreach (var table in new[] { "ingested_sessions", "ingested_bodies", "analyzer_checkpoints", "sessions", "transcripts", "analysis_results", "outbox", "deliveries", "queue_messages" })
        {
            Assert.Equal(0, app.Scalar($"SELECT COUNT(*) FROM {table};"));
        }

        Assert.Equal(0, app.Scalar("SELECT COUNT(*) FROM leads;"));
    }

    [Fact]
    public async Task EraseAsync_ThenANewCall_IsANewLead()
    {
        using var app = new PrivacyApp();
        await app.CallAsync("s-1", Email, Name, PrivacyApp.TierTwoText);
        await app.CallAsync("s-2", Email, Name, PrivacyApp.TierTwoText);
        await app.Get<PersonEraser>().EraseAsync(Email, CancellationToken.None);

        await app.CallAsync("s-3", Email, Name, PrivacyApp.TierTwoText);

        Assert.Equal(1, app.Scalar("SELECT total_calls FROM leads WHERE email = $e;", ("$e", Email)));
        Assert.Equal("s-3", app.Text("SELECT latest_session_id FROM leads WHERE email = $e;", ("$e", Email)));
        Assert.Equal(1, app.Scalar("SELECT COUNT(*) FROM sessions;"));
    }

    [Fact]
    public async Task EraseAsync_DatabaseFiles_HoldNoByteOfThePerson()
    {
        using var app = new PrivacyApp();
        await app.CallAsync("s-1", Email, Name, PrivacyApp.TierOneText + " " + Phrase);
        await app.CallAsync("s-2", Email, Name, PrivacyApp.TierTwoText + " " + Phrase);
        await app.CallAsync("s-other", "lee@big.example", "Lee Park", PrivacyApp.TierTwoText);
        app.Time.Advance(TimeSpan.FromDays(31));
        await app.RunRetentionAsync(); // redaction rewrites rows too: their old bytes must not linger either

        await app.Get<PersonEraser>().EraseAsync(Email, CancellationToken.None);

        var file = app.DatabaseFile;
        Assert.True(File.Exists(file));
        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            byte[] bytes;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var copy = new MemoryStream())
            {
                stream.CopyTo(copy);
                bytes = copy.ToArray();
            }

            foreach (var secret in new[] { Email, Name, Phrase, "Whitfield" })
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{Path.GetFileName(path)} still holds '{secret}'");
            }
        }

        Assert.Equal(1, app.Scalar("SELECT COUNT(*) FROM sessions WHERE session_id = 's-other';")); // only the person went
    }

    /// <summary>An analyzer that runs the erasure while the session is being analyzed (after the payload was read).</summary>
    private sealed class ErasingAnalyzer : IAnalyzer
    {
        public Func<Task<ErasureReceipt>>? Erase { get; set; }

        public bool Ran { get; private set; }

        public string Name => "erasing_probe";

        public int Version => 1;

        public AnalyzerStage Stage => AnalyzerStage.FanOut;

        public Type ResultType => typeof(ProbeResult);

        public async ValueTask<object> AnalyzeAsync(AnalysisInput input, CancellationToken cancellationToken)
        {
            await Erase!();
            Ran = true;
            return new ProbeResult(1);
        }
    }

    private sealed record ProbeResult(int Value);

    private sealed class ReceiptComparer : IEqualityComparer<ErasureReceipt?>
    {
        public static readonly ReceiptComparer Instance = new();

        public bool Equals(ErasureReceipt? x, ErasureReceipt? y) =>
            x is not null && y is not null && x.ErasureId == y.ErasureId && x.EmailHash == y.EmailHash && x.Sessions == y.Sessions
            && x.Removed.OrderBy(p => p.Key).SequenceEqual(y.Removed.OrderBy(p => p.Key));

        public int GetHashCode(ErasureReceipt? obj) => obj?.ErasureId.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
