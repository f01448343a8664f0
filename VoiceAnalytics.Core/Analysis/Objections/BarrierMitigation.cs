namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>A standard way to lower a switching barrier, for the rep preparing the follow-up.</summary>
/// <param name="Barrier">One of <see cref="BarrierKinds"/>.</param>
public sealed record BarrierMitigation(string Barrier, string Strategy);
