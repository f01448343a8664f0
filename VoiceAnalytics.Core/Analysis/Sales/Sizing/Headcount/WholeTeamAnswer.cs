using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// "Who would use it?" "Honestly everyone." / "all of us" / "the whole company": an answer naming the whole
/// organization instead of a number makes the seats the stated headcount (LABELS: company headcount counts when the
/// whole company would use it). Read only where no count gave a team size.
/// </summary>
internal static class WholeTeamAnswer
{
    /// <summary>How far into the answer the whole may come ("honestly, I'd say everybody").</summary>
    private const int Reach = 8;

    private static readonly WordSet Everyone = new("everyone", "everybody", "everyone's", "everybody's");
    private static readonly WordSet WholeWords = new("whole", "entire");
    private static readonly WordSet Else = new("else", "but", "except");

    /// <summary>The answer turn and the token of its whole-group word, or null.</summary>
    public static (SizingTurn Turn, int Token)? Find(IReadOnlyList<SizingTurn> turns)
    {
        foreach (var turn in turns)
        {
            if (turn.Question.Asks(SizingQuestionKind.TeamSize) && At(turn) is { } token)
            {
                return (turn, token);
            }
        }

        return null;
    }

    private static int? At(SizingTurn turn)
    {
        var text = turn.Text;
        for (var k = 0; k < Math.Min(text.Count, Reach) && turn.SentenceOf(k) == 0; k++)
        {
            if (text[k].IsDigits || text.In(k, SizingCues.Negators) || text.Span(k).EndsWith("n't"))
            {
                return null; // a number answers for itself; "not everyone" is a part
            }

            var everyone = text.In(k, Everyone) && !text.In(k + 1, Else);
            var allOfUs = text.Is(k, "all") && text.Is(k + 1, "of") && text.Is(k + 2, "us");
            var wholeCompany = text.In(k, WholeWords) && (text.In(k + 1, SizingCues.Organizations) || text.In(k + 2, SizingCues.Organizations));
            if (everyone || allOfUs || wholeCompany)
            {
                return k;
            }
        }

        return null;
    }
}
