using System.Text.Json;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>Bandwidth in kbps, packet loss in percent, jitter in ms.</summary>
public sealed record ConnectionQuality
{
    public double? BandwidthIn { get; init; }
    public double? BandwidthOut { get; init; }
    public double? PacketLoss { get; init; }
    public double? Jitter { get; init; }
    public JsonElement? DeviceInfo { get; init; }
}
