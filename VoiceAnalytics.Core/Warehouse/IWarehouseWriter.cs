namespace VoiceAnalytics.Core.Warehouse;

/// <summary>
/// The warehouse's one write port. Every write is an upsert on the spec's keys (a session's metrics are replaced as a
/// set), so writing the same session again leaves exactly one set of rows, and an older call never overwrites the
/// lead profile a later call wrote.
/// </summary>
public interface IWarehouseWriter
{
    Task WriteAsync(WarehouseRecord record, CancellationToken cancellationToken);
}
