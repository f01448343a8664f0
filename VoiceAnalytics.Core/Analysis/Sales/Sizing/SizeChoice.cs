using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>
/// Picks the strongest size candidate of a call; other statements of the same number, said elsewhere, raise its
/// confidence (spec 3.1: high when several indicators agree).
/// </summary>
internal sealed class SizeChoice
{
    private const double AgreementBonus = 0.04;
    private const double MaxConfidence = 0.97;

    private readonly List<SizeCandidate> _candidates = [];

    public void Add(SizeCandidate candidate) => _candidates.Add(candidate);

    public Extracted<int>? Result()
    {
        SizeCandidate? best = null;
        foreach (var candidate in _candidates)
        {
            if (candidate.Beats(best))
            {
                best = candidate;
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        var agreeing = _candidates.Count(c => c.Value == chosen.Value && (c.Turn != chosen.Turn || c.Token != chosen.Token));
        var confidence = Math.Min(MaxConfidence, chosen.Confidence + (AgreementBonus * agreeing));
        return (chosen with { Confidence = Math.Max(chosen.Confidence, confidence) }).ToExtracted();
    }
}
