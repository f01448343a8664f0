namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>
/// Whether an Amplitude API key is configured, and a client when it is. The client is created per delivery: it is a
/// typed HTTP client, whose handler the factory rotates, so a singleton sink must not hold one.
/// </summary>
public sealed class AmplitudeConnection(bool isConfigured, Func<AmplitudeClient> createClient)
{
    public bool IsConfigured { get; } = isConfigured;

    public AmplitudeClient CreateClient() =>
        IsConfigured ? createClient() : throw new InvalidOperationException("Amplitude is not configured (Amplitude:ApiKey is empty).");
}
