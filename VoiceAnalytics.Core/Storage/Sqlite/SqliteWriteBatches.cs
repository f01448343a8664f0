namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>Opens <see cref="SqliteWriteBatch"/>es on the embedded database; counts their commits (for the tests and the bench).</summary>
public sealed class SqliteWriteBatches(SqliteDatabase database) : ISessionWriteBatches
{
    private long _commits;
    private long _writes;

    /// <summary>Batches committed with at least one write.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Writes those commits carried.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    public ISessionWriteBatch Begin() => new SqliteWriteBatch(database, Committed);

    private void Committed(int writes)
    {
        Interlocked.Increment(ref _commits);
        Interlocked.Add(ref _writes, writes);
    }
}
