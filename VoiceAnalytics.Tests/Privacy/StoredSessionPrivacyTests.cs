using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Privacy;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Azure;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Tests.Storage.Azure;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Privacy;

/// <summary>The session store's privacy port in both storage modes: the same scenarios on SQLite and on Blob Storage (Azurite).</summary>
public abstract class StoredSessionPrivacyTests
{
    protected const string Email = "dana.w@example.com";
    protected const string Name = "Dana Whitfield";

    private static readonly PersonRedactions People = new(new PersonKey("a-test-secret-of-at-least-32-characters!"));

    protected abstract ISessionStore Store { get; }

    protected abstract ICheckpointStore Checkpoints { get; }

    protected abstract IStoredSessionPrivacy Sut { get; }

    protected abstract FakeTimeProvider Time { get; }

    [Fact]
    public async Task FindEraseForget_PersonsSession_FoundByHashThenEveryPieceGone()
    {
        await AcceptAnalyzedAsync("s-1");
        await AcceptAnalyzedAsync("s-other", "lee@big.example");

        var found = await Sut.FindByEmailHashAsync(People.IndexOf(Email), 100, CancellationToken.None);
        var erased = await Sut.EraseAsync("s-1", CancellationToken.None);
        await Sut.ForgetIndexAsync(People.IndexOf(Email), CancellationToken.None);
        var again = await Sut.EraseAsync("s-1", CancellationToken.None);

        Assert.Equal(["s-1"], found);
        Assert.Equal(1, erased.Payloads);
        Assert.Equal(1, erased.Reports);
        Assert.Equal(1, erased.Checkpoints);
        Assert.Equal(StoredSessionErasure.None, again);
        Assert.Null(await Store.GetAsync("s-1", CancellationToken.None));
        Assert.Null(await Checkpoints.GetAsync("s-1", "sentiment", 1, CancellationToken.None));
        Assert.Empty(await Sut.FindByEmailHashAsync(People.IndexOf(Email), 100, CancellationToken.None));
        Assert.NotNull(await Store.GetAsync("s-other", CancellationToken.None));
    }

    [Fact]
    public async Task RedactAsync_AnalyzedSession_PayloadAndReportRewrittenCheckpointsGoneStatusKept()
    {
        await AcceptAnalyzedAsync("s-1");
        var redaction = People.For(Email, Name);

        Assert.True(await Sut.RedactAsync("s-1", redaction.RedactJson, json => redaction.RedactJson(json)!, CancellationToken.None));

        var payload = Encoding.UTF8.GetString((await Store.GetPayloadAsync("s-1", CancellationToken.None))!);
        var record = (await Store.GetAsync("s-1", CancellationToken.None))!;
        Assert.DoesNotContain(Email, payload, StringComparison.Ordinal);
        Assert.DoesNotContain(Name, payload, StringComparison.Ordinal);
        Assert.Contains(redaction.EmailHash!, payload, StringComparison.Ordinal);
        Assert.Equal(SessionState.Analyzed, record.State);
        Assert.Contains("[REDACTED]", record.ReportJson, StringComparison.Ordinal);
        Assert.DoesNotContain("call me", record.ReportJson, StringComparison.Ordinal);
        Assert.Null(await Checkpoints.GetAsync("s-1", "sentiment", 1, CancellationToken.None));
        Assert.False(await Sut.RedactAsync("missing", b => b, s => s, CancellationToken.None));
    }

    [Theory]
    [InlineData(89, 0)]
    [InlineData(91, 1)]
    public async Task DeleteReceivedBeforeAsync_PayloadAfterDays_DeletedPastNinety(int days, int deleted)
    {
        await AcceptAnalyzedAsync("s-1");
        Time.Advance(TimeSpan.FromDays(days));

        var count = await Sut.DeleteReceivedBeforeAsync(Time.GetUtcNow().AddDays(-90), 100, CancellationToken.None);

        Assert.Equal(deleted, count);
        Assert.Equal(deleted == 0, await Store.GetAsync("s-1", CancellationToken.None) is not null);
        Assert.Equal(0, await Sut.DeleteReceivedBeforeAsync(Time.GetUtcNow().AddDays(-90), 100, CancellationToken.None)); // idempotent
    }

    private async Task AcceptAnalyzedAsync(string sessionId, string email = Email)
    {
        var body = PrivacyApp.Payload(sessionId, email, Name, "Hi, I'm Dana, call me on 555 010 2233", Time.GetUtcNow());
        var submission = new SessionSubmission(sessionId, body, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body)), Time.GetUtcNow())
        {
            EmailHash = People.IndexOf(email),
        };
        Assert.Equal(IntakeOutcome.Accepted, await Store.AcceptAsync(submission, CancellationToken.None));
        await Checkpoints.SaveAsync(sessionId, "sentiment", 1, """{"overall":"positive","moments":[{"quote":"call me"}]}""", CancellationToken.None);
        await Store.MarkProcessingAsync(sessionId, CancellationToken.None);
        await Store.MarkAnalyzedAsync(sessionId, """{"session_id":"x","results":{"sentiment":{"moments":[{"quote":"call me"}]}}}""", CancellationToken.None);
    }
}

public sealed class SqliteStoredSessionPrivacyTests : StoredSessionPrivacyTests, IDisposable
{
    private readonly SqliteStores _stores = new();

    protected override ISessionStore Store => _stores.Store;

    protected override ICheckpointStore Checkpoints => _stores.Checkpoints;

    protected override IStoredSessionPrivacy Sut => new SqliteStoredSessionPrivacy(_stores.Database, Options.Create(_stores.QueueOptions));

    protected override FakeTimeProvider Time => _stores.Time;

    [Fact]
    public async Task EraseAsync_WaitingQueueMessage_Deleted()
    {
        var body = PrivacyApp.Payload("s-q", Email, Name, "hello", Time.GetUtcNow());
        await _stores.Store.AcceptAsync(new SessionSubmission("s-q", body, "sha", Time.GetUtcNow()), CancellationToken.None);

        var erased = await Sut.EraseAsync("s-q", CancellationToken.None);

        Assert.Equal(1, erased.QueueMessages);
        Assert.Null(await _stores.Queue.ReceiveAsync(CancellationToken.None));
    }

    public void Dispose() => _stores.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class BlobStoredSessionPrivacyTests(AzuriteFixture azurite) : StoredSessionPrivacyTests
{
    private readonly AzureStores _stores = new(azurite);

    protected override ISessionStore Store => _stores.Store;

    protected override ICheckpointStore Checkpoints => _stores.Checkpoints;

    protected override IStoredSessionPrivacy Sut => new BlobStoredSessionPrivacy(_stores.Container);

    protected override FakeTimeProvider Time => _stores.Time;
}
