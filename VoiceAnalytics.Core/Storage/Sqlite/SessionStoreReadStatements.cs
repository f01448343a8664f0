namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// Every statement of the embedded session store, queue and checkpoints that finds rows by a filter (reads, and the
/// UPDATEs whose WHERE picks rows), so a test and the bench can check their query plans against the real text. A
/// statement added to those adapters belongs here too.
/// </summary>
internal static class SessionStoreReadStatements
{
    public static IReadOnlyList<(string Name, string Sql)> All { get; } =
    [
        ("sessions.State", SqliteSessionStore.StateSql),
        ("sessions.Payload", SqliteSessionStore.PayloadSql),
        ("sessions.Record", SqliteSessionStore.RecordSql),
        ("sessions.Decide", IntakeStatements.DecideSql),
        ("queue.Receive", SqliteSessionQueue.ReceiveSql),
        ("queue.Count", SqliteSessionQueue.CountSql),
        ("queue.Oldest", SqliteSessionQueue.OldestSql),
        ("queue.Reclaim", SqliteSessionQueue.ReclaimSql),
        ("queue.ListPoison", SqliteSessionQueue.ListPoisonSql),
        ("checkpoints.Get", SqliteCheckpointStore.GetSql),
        ("checkpoints.GetMany", SqliteCheckpointStore.GetManySql),
    ];
}
