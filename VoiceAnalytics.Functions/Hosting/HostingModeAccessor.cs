namespace VoiceAnalytics.Functions.Hosting;

public sealed record HostingModeAccessor(HostingMode Mode);
