using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;

/// <summary>
/// Finds the competitors the user names (shared by SalesIntelligence and ObjectionsAndCompetitors): one mention per
/// competitor, in the order first named, with its strongest context (current_tool, past_tool, considering,
/// comparison, mentioned), the user's sentiment over all its mentions, and the evidence of the deciding mention.
/// The agent's own mentions do not count.
/// </summary>
public static class CompetitorDetector
{
    /// <summary>The call's competitor mentions, found once per call and shared by both analyzers.</summary>
    public static IReadOnlyList<CompetitorMention> Detect(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.Shared(DetectInUserTurns);
    }

    private static IReadOnlyList<CompetitorMention> DetectInUserTurns(Conversation conversation) =>
        Detect(conversation, ProductLexicon.UserTerms(conversation));

    internal static IReadOnlyList<CompetitorMention> Detect(Conversation conversation, IReadOnlyList<TermHit> hits)
    {
        var mentions = new List<CompetitorMention>();
        var nextOther = NextOtherCompetitors(hits);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Kind != TermKind.Competitor)
            {
                continue;
            }

            var usage = ToolUsageClassifier.Classify(conversation, hit);
            var sentiment = CompetitorSentiment.Of(hit, nextOther[i]);
            var mention = new CompetitorMention(hit.Value, usage.Context, sentiment, Math.Round(usage.Confidence, 2), Evidence.Sentence(hit.Turn, hit.Start));
            var existing = mentions.FindIndex(m => m.Competitor == hit.Value);
            if (existing < 0)
            {
                mentions.Add(mention);
            }
            else
            {
                mentions[existing] = Merge(mentions[existing], mention);
            }
        }

        return mentions;
    }

    private static CompetitorMention Merge(CompetitorMention kept, CompetitorMention next)
    {
        var sentiment = CompetitorSentiment.Combine(kept.Sentiment, next.Sentiment);
        var stronger = CompetitorContexts.Rank(next.Context) < CompetitorContexts.Rank(kept.Context)
            || (next.Context == kept.Context && next.Confidence > kept.Confidence);
        return (stronger ? next : kept) with { Sentiment = sentiment };
    }

    // For each hit, where in the same turn a different competitor is named next (sentiment after it belongs to that
    // one), else the turn's length. One backward pass: a forward search per hit is quadratic when a long turn names
    // the same competitor again and again.
    private static int[] NextOtherCompetitors(IReadOnlyList<TermHit> hits)
    {
        var next = new int[hits.Count];
        (string Value, int Start)? nearest = null, nearestOther = null; // the nearest competitor after, and the nearest naming another one
        for (var i = hits.Count - 1; i >= 0; i--)
        {
            var hit = hits[i];
            if (i + 1 < hits.Count && !ReferenceEquals(hits[i + 1].Turn, hit.Turn))
            {
                nearest = nearestOther = null;
            }

            next[i] = nearest is { } n && n.Value != hit.Value ? n.Start
                : nearestOther is { } o && o.Value != hit.Value ? o.Start
                : hit.Text.Length;
            if (hit.Kind != TermKind.Competitor)
            {
                continue;
            }

            if (nearest is { } current && current.Value != hit.Value)
            {
                nearestOther = current;
            }

            nearest = (hit.Value, hit.Start);
        }

        return next;
    }
}
