namespace VoiceAnalytics.Core.Storage;

/// <summary>Analyzer results per (session, analyzer, version), so a retry re-runs only what did not finish.</summary>
public interface ICheckpointStore
{
    Task<string?> GetAsync(string sessionId, string analyzer, int version, CancellationToken cancellationToken);

    Task SaveAsync(string sessionId, string analyzer, int version, string resultJson, CancellationToken cancellationToken);
}
