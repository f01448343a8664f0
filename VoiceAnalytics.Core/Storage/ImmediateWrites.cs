namespace VoiceAnalytics.Core.Storage;

/// <summary><see cref="ISessionWriteBatches"/> for stores whose adapters write at once (Azure Storage, Cosmos): nothing to collect.</summary>
public sealed class ImmediateWrites : ISessionWriteBatches, ISessionWriteBatch
{
    public static ImmediateWrites Instance { get; } = new();

    public ISessionWriteBatch Begin() => this;

    public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
