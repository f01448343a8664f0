using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>
/// Joins neighbouring number phrases: phone numbers ("555-123-4567"), spoken years ("twenty twenty-six"),
/// self-corrections ("thirty, no, thirty-five") and ranges ("20 to 30", "between forty and fifty", "5, 6").
/// </summary>
internal static class NumberPhraseJoiner
{
    public static List<NumberPhrase> Join(TokenizedText text, List<NumberPhrase> phrases)
    {
        phrases = SpokenHundreds.Merge(text, phrases);
        var joined = new List<NumberPhrase>(phrases.Count);
        var i = 0;
        while (i < phrases.Count)
        {
            if (PhoneJoiner.TryJoin(text, phrases, i, out var phone, out var afterPhone))
            {
                joined.Add(phone);
                i = afterPhone;
                continue;
            }

            var current = phrases[i];
            var next = i + 1;
            if (next < phrases.Count && TrySpokenYear(current, phrases[next], out var year))
            {
                joined.Add(year);
                i = next + 1;
                continue;
            }

            while (next < phrases.Count)
            {
                if (TryCorrection(text, current, phrases[next], out var corrected))
                {
                    current = corrected;
                }
                else if (!current.Has(NumberPhraseFlags.Range) && TryRange(text, current, phrases[next], out var range))
                {
                    current = range;
                }
                else
                {
                    break;
                }

                next++;
            }

            joined.Add(current);
            i = next;
        }

        return joined;
    }

    private static bool TrySpokenYear(NumberPhrase head, NumberPhrase tail, out NumberPhrase year)
    {
        year = default;
        if (!head.Has(NumberPhraseFlags.YearHead) || tail.First != head.End || !tail.Has(NumberPhraseFlags.Words) || tail.Low is < 1 or > 99)
        {
            return false;
        }

        year = NumberPhrase.Single((head.Low * 100) + tail.Low, head.First, tail.End, NumberPhraseFlags.Words | NumberPhraseFlags.SpokenYear);
        return true;
    }

    private static bool TryCorrection(TokenizedText text, NumberPhrase first, NumberPhrase second, out NumberPhrase corrected)
    {
        corrected = default;
        var cue = false;
        for (var k = first.End; k < second.First; k++)
        {
            if (text.In(k, NumberWords.Corrections))
            {
                cue = true;
            }
            else if (!text.In(k, NumberWords.CorrectionFillers) && !text.IsSymbol(k, ',') && !text.IsSymbol(k, '-') && !text.IsSymbol(k, '.'))
            {
                return false;
            }
        }

        // A correction restates the same kind of amount: "twenty people, no one else" is not one.
        var closeEnough = second.Low >= first.Low / 3 && second.Low <= first.High * 3 && second.Low != first.Low;
        if (!cue || !closeEnough)
        {
            return false;
        }

        corrected = second with { First = first.First, Flags = second.Flags | NumberPhraseFlags.Corrected };
        return true;
    }

    private static bool TryRange(TokenizedText text, NumberPhrase low, NumberPhrase high, out NumberPhrase range)
    {
        range = default;
        var adjacent = high.First == low.End;
        var hedgedPair = high.First == low.End + 2 && IsHedgedAlternative(text, low.End);
        if ((!adjacent && high.First != low.End + 1 && !hedgedPair) || high.Has(NumberPhraseFlags.Range))
        {
            return false;
        }

        // "two or three hundred": the low end borrows the high end's scale.
        var lowValue = low.Low;
        if (high.Scale > 1 && low.Scale == 1 && lowValue * high.Scale <= high.Low && lowValue * high.Scale * 10 >= high.Low)
        {
            lowValue *= high.Scale;
        }

        var gap = low.End;
        var connected = hedgedPair || text.In(gap, UpwardHedges) ? high.Low <= 2 * lowValue // "fifteen, maybe twenty"
            : adjacent ? IsSpokenPair(text, low, high, lowValue) : text.IsSymbol(gap, '-') || text.Is(gap, "to") || text.Is(gap, "through") || text.Is(gap, "thru")
            || text.Is(gap, "or")
            || (text.Is(gap, "and") && AfterBetween(text, low.First))
            || (text.IsSymbol(gap, ',') && high.Low <= 2 * lowValue); // "5, 6 a day"
        if (!connected || high.Low <= lowValue)
        {
            return false;
        }

        var flags = (low.Flags | high.Flags | NumberPhraseFlags.Range) & ~(NumberPhraseFlags.SingleDigitWord | NumberPhraseFlags.YearHead);
        range = new NumberPhrase(lowValue, high.High, low.First, high.End, flags, high.Scale);
        return true;
    }

    private static readonly WordSet UpwardHedges = new("maybe", "perhaps", "possibly");

    /// <summary>", maybe" / "or maybe" between two amounts: the speaker widens the first into a range.</summary>
    private static bool IsHedgedAlternative(TokenizedText text, int gap) =>
        (text.IsSymbol(gap, ',') || text.Is(gap, "or")) && text.In(gap + 1, UpwardHedges);

    /// <summary>
    /// "two three a week", "fifteen twenty bids": two number words said back to back that cannot form one number are
    /// a spoken range when the second is the larger but at most double (a clock time after "at" is not one).
    /// </summary>
    private static bool IsSpokenPair(TokenizedText text, NumberPhrase low, NumberPhrase high, double lowValue) =>
        low.Has(NumberPhraseFlags.Words) && high.Has(NumberPhraseFlags.Words) && lowValue >= 2 && high.Low <= 2 * lowValue
        && !text.Is(low.First - 1, "at");

    private static bool AfterBetween(TokenizedText text, int first) =>
        text.Is(first - 1, "between") || (text.In(first - 1, NumberWords.HedgesBefore) && text.Is(first - 2, "between"));
}
