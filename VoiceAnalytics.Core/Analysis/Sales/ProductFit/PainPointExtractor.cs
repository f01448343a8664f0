using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>
/// The user's frustrations, one per category (the first time it is voiced), each with the loss if they quantified it
/// and the PandaDoc capability that answers it. Negated complaints ("it's not slow") are left out, and so are
/// complaints about PandaDoc's own plans or trial ("the business plan looks expensive"): those are objections.
/// </summary>
internal static class PainPointExtractor
{
    private static readonly PhraseMatcher<bool> AboutPandaDoc = new(
        "pandadoc", "panda doc", "your", "business plan", "essentials", "enterprise plan", "the plan", "this plan", "higher plan",
        "bigger plan", "the trial", "this trial", "the editor", "this editor", "upgrade");

    private static readonly TermKind[] CurrentWays = [TermKind.Competitor, TermKind.AuthoringTool, TermKind.ManualProcess];

    public static IReadOnlyList<PainPoint> Extract(IReadOnlyList<TermHit> hits)
    {
        var pains = new List<PainPoint>();
        foreach (var hit in hits)
        {
            if (hit.Kind != TermKind.PainPoint || pains.Exists(p => p.Category == hit.Value) || Negation.IsNegated(hit.Text, hit.Start, hit.End))
            {
                continue;
            }

            if (IsAboutPandaDoc(hit, hits))
            {
                continue;
            }

            var evidence = Evidence.Sentence(hit.Turn, hit.Start);
            var impact = ImpactPhrase.Find(evidence.Quote);
            var (description, capability) = PainPointCatalog.Describe(hit.Value);
            pains.Add(new PainPoint(hit.Value, description, impact?.Text, impact?.Kind, capability, impact is null ? 0.7 : 0.8, evidence));
        }

        return pains;
    }

    private static bool IsAboutPandaDoc(TermHit hit, IReadOnlyList<TermHit> hits)
    {
        var (start, end) = SentenceBounds.Around(hit.Text, hit.Start);
        var namesTodaysWay = hits.Any(h => ReferenceEquals(h.Turn, hit.Turn) && h.Start >= start && h.End <= end && CurrentWays.Contains(h.Kind));
        return !namesTodaysWay && AboutPandaDoc.In(hit.Text.AsSpan(start, end - start));
    }
}
