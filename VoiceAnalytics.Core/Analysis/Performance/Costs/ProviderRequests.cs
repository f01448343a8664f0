namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>The provider request or response ids LiveKit recorded for one assistant message (1.7), for support tickets.</summary>
public sealed record ProviderRequests(string ItemId, IReadOnlyList<string> RequestIds);
