using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>A frustration with how documents go out today.</summary>
/// <param name="Category">manual_process | slow_turnaround | integration_gap | cost | usability | errors | visibility.</param>
/// <param name="Description">What the problem is, in a sentence.</param>
/// <param name="Impact">The time or money lost, quoted when the user put a number on it ("two days", "thirty percent"); else null.</param>
/// <param name="ImpactKind">time | money when <paramref name="Impact"/> is set; else null.</param>
/// <param name="Capability">The PandaDoc capability that addresses it.</param>
public sealed record PainPoint(string Category, string Description, string? Impact, string? ImpactKind, string Capability, double Confidence, Evidence Evidence);
