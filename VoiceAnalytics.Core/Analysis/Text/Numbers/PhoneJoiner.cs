using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>Phone numbers: digit groups like "555-123-4567" or "(555) 123 4567", and four or more spoken single digits.</summary>
internal static class PhoneJoiner
{
    public static bool TryJoin(TokenizedText text, List<NumberPhrase> phrases, int index, out NumberPhrase phone, out int next)
    {
        phone = default;
        next = index;
        var first = phrases[index];
        if (first.Has(NumberPhraseFlags.Phone))
        {
            phone = first;
            next = index + 1;
            return true;
        }

        var isDigits = first.Flags == NumberPhraseFlags.Digits;
        if (!isDigits && !first.Has(NumberPhraseFlags.SingleDigitWord))
        {
            return false;
        }

        var groups = 1;
        var last = index;
        Span<int> lengths = stackalloc int[4];
        lengths[0] = GroupLength(text, first);
        while (last + 1 < phrases.Count && groups < 12 && Continues(text, phrases[last], phrases[last + 1], isDigits))
        {
            if (isDigits && groups < lengths.Length)
            {
                lengths[groups] = GroupLength(text, phrases[last + 1]);
            }

            last++;
            groups++;
        }

        var isPhone = isDigits ? IsPhoneShape(lengths[..Math.Min(groups, lengths.Length)], groups) : groups >= 4;
        if (!isPhone)
        {
            return false;
        }

        phone = NumberPhrase.Single(0, first.First, phrases[last].End, NumberPhraseFlags.Phone);
        next = last + 1;
        return true;
    }

    private static bool Continues(TokenizedText text, NumberPhrase left, NumberPhrase right, bool digits)
    {
        var kindMatches = digits
            ? right.Has(NumberPhraseFlags.Digits) && right.Flags == NumberPhraseFlags.Digits
            : right.Has(NumberPhraseFlags.SingleDigitWord);
        var gap = right.First - left.End;
        var separator = gap == 0 || (gap == 1 && (text.IsSymbol(left.End, '-') || text.IsSymbol(left.End, '.') || text.IsSymbol(left.End, ')') || (!digits && text.IsSymbol(left.End, ','))));
        return kindMatches && separator;
    }

    private static int GroupLength(TokenizedText text, NumberPhrase phrase) =>
        phrase.End == phrase.First + 1 ? text[phrase.First].Length : 0;

    private static bool IsPhoneShape(ReadOnlySpan<int> lengths, int groups) => groups switch
    {
        2 => lengths[0] == 3 && lengths[1] == 4,
        3 => lengths[0] == 3 && lengths[1] == 3 && lengths[2] == 4,
        4 => lengths[0] is 1 or 2 && lengths[1] == 3 && lengths[2] == 3 && lengths[3] == 4,
        _ => false,
    };
}
