namespace VoiceAnalytics.Core.Storage;

/// <summary>
/// Groups the writes of one processed session into one commit of the store (a unit of work). While a batch is open
/// on the current async flow, the embedded (SQLite) adapters collect their writes into it instead of committing each
/// one; <see cref="ISessionWriteBatch.CommitAsync"/> writes them all in one short transaction. Stores without such
/// a batch (Azure) get one that collects nothing: their writes stay immediate.
/// </summary>
public interface ISessionWriteBatches
{
    /// <summary>Opens a batch on the current async flow (and the tasks it starts) until it is committed or disposed.</summary>
    ISessionWriteBatch Begin();
}

/// <summary>One session's collected writes. Disposing without <see cref="CommitAsync"/> drops them.</summary>
public interface ISessionWriteBatch : IAsyncDisposable
{
    /// <summary>Writes what was collected in one transaction and closes the batch: later writes are immediate again.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
