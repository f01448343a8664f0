namespace VoiceAnalytics.Core.Storage;

/// <summary>Can storage take a write right now? A tiny write and read back, cheap enough for every health check.</summary>
public interface IStorageProbe
{
    Task<StorageProbeResult> CheckAsync(CancellationToken cancellationToken);
}

/// <summary>The probe's answer; <see cref="Cause"/> (see <see cref="StorageFailure"/>) and <see cref="Error"/> when it cannot write.</summary>
public sealed record StorageProbeResult(bool CanWrite, string? Cause, string? Error)
{
    public static StorageProbeResult Ok { get; } = new(true, null, null);

    public static StorageProbeResult Failed(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(false, StorageFailure.From(exception)?.Cause ?? "error", $"{exception.GetType().Name}: {exception.Message}");
    }
}
