namespace VoiceAnalytics.Core.Storage;

/// <summary>Analyzer results per (session, analyzer, version), so a retry re-runs only what did not finish.</summary>
public interface ICheckpointStore
{
    Task<string?> GetAsync(string sessionId, string analyzer, int version, CancellationToken cancellationToken);

    /// <summary>The saved results of <paramref name="analyzers"/> (name, version) on the session, in their order, null where none is saved: one read for a whole session.</summary>
    Task<IReadOnlyList<string?>> GetManyAsync(string sessionId, IReadOnlyList<(string Analyzer, int Version)> analyzers, CancellationToken cancellationToken);

    Task SaveAsync(string sessionId, string analyzer, int version, string resultJson, CancellationToken cancellationToken);

    /// <summary>Deletes every checkpoint of the session (its report holds the results once it is analyzed).</summary>
    Task ForgetAsync(string sessionId, CancellationToken cancellationToken);
}
