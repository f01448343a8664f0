using Microsoft.Data.Sqlite;
using VoiceAnalytics.Bench.Warehouse;

namespace VoiceAnalytics.Bench.Scale;

/// <summary>A generated session's intake, checkpoint, ledger and outbox rows, copied from its template call.</summary>
internal sealed class ScaleRows(SqliteConnection connection, IReadOnlyDictionary<string, StoredSessionTemplate> templates) : IExtraSessionRows
{
    private readonly SessionStoreRows _store = new(connection);
    private readonly DeliveryRows _deliveries = new(connection);

    public IEnumerable<SqliteCommand> Commands => _store.Commands.Concat(_deliveries.Commands);

    public void Write(string templateFile, string sessionId, bool failed, string receivedAt, string updatedAt)
    {
        var template = templates[templateFile];
        _store.Write(template, sessionId, failed, receivedAt, updatedAt);
        if (!failed)
        {
            _deliveries.Write(template, sessionId, updatedAt);
        }
    }

    public void Dispose()
    {
        _store.Dispose();
        _deliveries.Dispose();
    }
}
