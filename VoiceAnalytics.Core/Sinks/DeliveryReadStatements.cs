namespace VoiceAnalytics.Core.Sinks;

/// <summary>
/// Every read statement of the outbox and the delivery ledger, one per combination of filters, so a test and the
/// bench can check their query plans against the real text. A statement added to those adapters belongs here too.
/// </summary>
internal static class DeliveryReadStatements
{
    /// <summary>Statements that read the newest rows of the whole table by rowid and stop at their LIMIT: a <c>SCAN</c> by design.</summary>
    public static IReadOnlyList<string> NewestFirst { get; } = ["outbox.List"];

    public static IReadOnlyList<(string Name, string Sql)> All { get; } =
    [
        ("outbox.List", SqliteOutbox.ListSql),
        ("outbox.ListBySink", SqliteOutbox.ListBySinkSql),
        ("outbox.ListBySession", SqliteOutbox.ListBySessionSql),
        ("outbox.ListBySinkAndSession", SqliteOutbox.ListBySinkAndSessionSql),
        ("outbox.SharedPage", SqliteDeliveryPrivacy.SharedPageSql),
        ("deliveries.Get", SqliteDeliveryLedger.GetSql),
        ("deliveries.ListFailed", SqliteDeliveryLedger.ListFailedSql),
        ("deliveries.ListFailedSince", SqliteDeliveryLedger.ListFailedSinceSql),
        ("deliveries.ListFailedBySink", SqliteDeliveryLedger.ListFailedBySinkSql),
        ("deliveries.ListFailedBySinkSince", SqliteDeliveryLedger.ListFailedBySinkSinceSql),
        ("deliveries.ListFailedBySession", SqliteDeliveryLedger.ListFailedBySessionSql),
        ("salesforce_records.Find", Salesforce.SqliteSalesforceRecordLog.FindSql),
    ];
}
