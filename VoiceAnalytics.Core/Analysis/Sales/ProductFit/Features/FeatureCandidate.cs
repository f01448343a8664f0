using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Features;

/// <summary>A capability the user asked about, at <paramref name="Start"/> in <paramref name="Turn"/>; <paramref name="WantsBetter"/> when they called the existing one lacking.</summary>
internal sealed record FeatureCandidate(string Value, Turn Turn, int Start, double Confidence, bool WantsBetter)
{
    /// <summary>Raised only by the agent's search after a turn that did not ask: a request only when the answer is no.</summary>
    public bool OnlyIfDenied { get; init; }
}
