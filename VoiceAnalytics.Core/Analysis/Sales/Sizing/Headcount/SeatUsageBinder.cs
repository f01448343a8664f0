using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// Ties each usage cue to the count of people it is about: the nearest people count before it in its clause
/// ("four of us would use it"), else the first after it ("the account managers would use it, so ten to twelve
/// people"), else, for "all"/negated cues, one in an earlier clause or sentence ("25 reps. all of them would use it",
/// "10 salespeople too, but they wouldn't touch it").
/// </summary>
internal static class SeatUsageBinder
{
    private const int AfterWindow = 10;

    /// <summary>A cue this far past a count's phrase is about something said since ("a company of 120 people, we sell ..., we need a way to send").</summary>
    private const int BeforeWindow = 15;

    public static void Bind(SizingTurn turn)
    {
        if (turn.Counts.Count == 0)
        {
            return; // every cue binds to a count of the turn; most turns hold none
        }

        var text = turn.Text;
        for (var k = 0; k < text.Count; k++)
        {
            if (!SeatUsageCue.IsAt(text, k))
            {
                continue;
            }

            var negated = SeatUsageCue.IsNegated(text, k);
            if (negated && OtherPersonSubject(text, k))
            {
                continue; // "just me, my husband does the books but he won't send anything": one other person, not a count
            }

            var whole = WholeBefore(turn, k);
            var target = SeatUsageCue.LooksForward(text, k) ? AfterInClause(turn, k)
                : negated
                ? BeforeInClause(turn, k) ?? BeforeInSentence(turn, k) // "..., but they wouldn't touch it" looks back
                : SummaryAfterInClause(turn, k) ?? BeforeInClause(turn, k) ?? AfterInClause(turn, k)
                    ?? (whole ? BeforeInSentence(turn, k) ?? LastInPreviousSentence(turn, k) : null);
            if (target is null || (negated && NamesOtherSubject(text, target, k)))
            {
                continue;
            }

            var binding = negated ? SeatUsage.NotUsers : whole ? SeatUsage.WholeGroupUsers : SeatUsage.Users;
            if (target.Usage != SeatUsage.NotUsers)
            {
                target.Usage = binding;
            }
        }
    }

    private static readonly WordSet OtherPerson = new("he", "she", "he'd", "she'd", "he'll", "she'll", "he's", "she's");

    /// <summary>A he or she among the few words before the cue: the cue is about one person the counts do not hold.</summary>
    private static bool OtherPersonSubject(TokenizedText text, int cue)
    {
        for (var k = cue - 1; k >= Math.Max(0, cue - 4) && text.IsWord(k); k--)
        {
            if (text.In(k, OtherPerson))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Auxiliaries = new("do", "does", "did", "would", "will", "could", "can", "should");

    /// <summary>Words that keep a negated cue in the count's clause: a pronoun subject or a joining word ("but they won't").</summary>
    private static readonly WordSet ClauseKeepers = new(
        "they", "we", "those", "these", "them", "us", "all", "both", "who", "that", "which", "it", "i", "you", "rest",
        "others", "but", "and", "though", "although", "while", "except", "so", "because", "plus", "or", "most", "some", "none");

    /// <summary>
    /// "five of us teachers wouldn't send anything", "me and two people on my team hiring managers won't send": unpunctuated
    /// speech runs into a new clause whose own plural subject is named right before the negation, with no joining word or
    /// punctuation after the count. The negation is about that group, as a lost sentence break would have said; a comma,
    /// a 'but' or a pronoun subject ("..., but they wouldn't") still ties it to the count.
    /// </summary>
    private static bool NamesOtherSubject(TokenizedText text, SizingCount count, int cue)
    {
        var subject = cue - 1;
        while (subject > count.PhraseEnd && !(text.In(subject, SizingCues.Negators) || text.Span(subject).EndsWith("n't")))
        {
            subject--;
        }

        subject--;
        if (text.In(subject, Auxiliaries))
        {
            subject--;
        }

        if (subject <= count.PhraseEnd || !text.IsWord(subject) || text.In(subject, ClauseKeepers))
        {
            return false;
        }

        var head = text.Span(subject);
        if (head.Length < 4 || head[^1] != 's' || head.EndsWith("'s"))
        {
            return false; // a plural noun names a group; "he's", "this" do not
        }

        for (var k = count.PhraseEnd + 1; k <= subject; k++)
        {
            if (!text.IsWord(k) || text.In(k, ClauseKeepers))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"we'd all use it", "everyone would", "they'd all": a cue about the whole group just named.</summary>
    private static bool WholeBefore(SizingTurn turn, int cue)
    {
        for (var k = cue - 1; k >= Math.Max(0, cue - 4) && turn.Text.IsWord(k); k--)
        {
            if (turn.Text.In(k, SizingCues.Wholes))
            {
                return true;
            }
        }

        return turn.Text.In(cue + 1, SizingCues.Wholes) || (turn.Text.In(cue + 2, SizingCues.Wholes) && turn.Text.Is(cue + 1, "it"));
    }

    private static SizingCount? BeforeInClause(SizingTurn turn, int cue)
    {
        SizingCount? found = null;
        foreach (var count in turn.Counts)
        {
            if (count.First < cue && count.PhraseEnd >= cue - BeforeWindow && count.MayCountPeople && turn.SegmentOf(count.First) == turn.SegmentOf(cue))
            {
                found = count;
            }
        }

        return found;
    }

    /// <summary>"... using it, so 8": a summary right after the cue sums up who would use it.</summary>
    private static SizingCount? SummaryAfterInClause(SizingTurn turn, int cue) =>
        turn.Counts.FirstOrDefault(c => c.IsSummary && c.First > cue && c.First <= cue + AfterWindow && c.MayCountPeople && turn.SentenceOf(c.First) == turn.SentenceOf(cue));

    private static SizingCount? AfterInClause(SizingTurn turn, int cue) =>
        turn.Counts.FirstOrDefault(c => c.First > cue && c.First <= cue + AfterWindow && c.MayCountPeople && turn.SegmentOf(c.First) == turn.SegmentOf(cue));

    private static SizingCount? BeforeInSentence(SizingTurn turn, int cue) =>
        turn.Counts.LastOrDefault(c => c.First < cue && c.MayCountPeople && turn.SentenceOf(c.First) == turn.SentenceOf(cue));

    private static SizingCount? LastInPreviousSentence(SizingTurn turn, int cue) =>
        turn.Counts.LastOrDefault(c => c.MayCountPeople && turn.SentenceOf(c.First) == turn.SentenceOf(cue) - 1);
}
