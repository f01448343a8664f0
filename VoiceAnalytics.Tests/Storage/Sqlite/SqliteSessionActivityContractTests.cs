using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Storage.Sqlite;

/// <summary>The shared activity suite on the intake table (SqliteSessionStore + SqliteSessionActivity).</summary>
public sealed class SqliteSessionActivityContractTests : SessionActivityContract
{
    protected override Task<SessionActivityPorts> OpenAsync(FakeTimeProvider time)
    {
        var folder = new TempFolder();
        var database = new SqliteDatabase(Path.Combine(folder.Path, "intake.db"), [new SessionTablesSchema()]);
        var store = new SqliteSessionStore(database, new SqliteSessionQueue(database, Options.Create(new QueueOptions()), time), time);
        return Task.FromResult(new SessionActivityPorts(store, new SqliteSessionActivity(database), () =>
        {
            SqliteConnection.ClearAllPools();
            folder.Dispose();
            return ValueTask.CompletedTask;
        }));
    }
}
