using VoiceAnalytics.Core.Analysis.Text.Numbers;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// One-person answers said without "just me": "I'm the only employee", "I'm pretty much the only one who sends them",
/// "I do it all by myself", "I'm on my own". Each adds a solo count of one; "the only employee" also states the headcount.
/// </summary>
internal static class SoloClauses
{
    private const int SubjectReach = 6;

    private static readonly WordSet Only = new("only", "sole");
    private static readonly WordSet OnePerson = new("one", "person", "user", "employee", "staff", "worker", "sender", "member");
    private static readonly WordSet SpeakerIs = new("i'm", "im");
    private static readonly WordSet Speaker = new("i", "i'm", "im", "i've");
    private static readonly WordSet SkippedHedges = new("pretty", "much", "really", "basically", "literally", "just", "kind", "of", "the");

    public static void AddTo(SizingTurn turn, List<SizingCount> counts)
    {
        var text = turn.Text;
        for (var k = 0; k < text.Count; k++)
        {
            if (text.In(k, Only) && text.Is(k - 1, "the") && text.In(k + 1, OnePerson) && SpeakerIsBefore(text, k - 1))
            {
                var headcount = text.Is(k + 1, "employee") || text.Is(k + 1, "staff") || text.Is(k + 1, "worker");
                Add(turn, counts, k - 1, k + 2, headcount ? SizingNounClass.Headcount : SizingNounClass.OfUs); // "I'm the only employee"
            }
            else if (((text.Is(k, "by") && text.Is(k + 1, "myself")) || (text.Is(k, "on") && text.Is(k + 1, "my") && text.Is(k + 2, "own"))) && SpeakerAnywhereBefore(turn, k))
            {
                Add(turn, counts, k, k + 2, SizingNounClass.OfUs); // "I handle it all by myself"
            }
        }
    }

    /// <summary>"I'm the", "I am basically the": the speaker is the subject right before.</summary>
    private static bool SpeakerIsBefore(TokenizedText text, int the)
    {
        var k = the - 1;
        for (var skipped = 0; skipped < 3 && text.In(k, SkippedHedges); skipped++)
        {
            k--;
        }

        return text.In(k, SpeakerIs) || (text.Is(k, "am") && text.Is(k - 1, "i"));
    }

    private static bool SpeakerAnywhereBefore(SizingTurn turn, int at)
    {
        for (var k = at - 1; k >= Math.Max(0, at - SubjectReach) && turn.SentenceOf(k) == turn.SentenceOf(at); k--)
        {
            if (turn.Text.In(k, Speaker))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(SizingTurn turn, List<SizingCount> counts, int first, int end, SizingNounClass noun)
    {
        if (counts.Exists(c => c.First >= first && c.First < end))
        {
            return; // "the only one" may already be a count of one
        }

        var text = turn.Text;
        var number = new SpokenNumber(1, 1, 1, text[first].Start, text[end - 1].End, NumberKind.Count, false, false, false, 0.9);
        counts.Add(new SizingCount(number, first, end, new SizingNoun(noun, end - 1, end - 1, end)) { IsSolo = true });
    }
}
