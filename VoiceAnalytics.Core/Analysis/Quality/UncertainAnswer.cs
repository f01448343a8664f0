using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// A hedged figure said with a rising tone ("maybe ten a month?", "I don't know, 11ish?", "sixty-ish?", "I'd say a
/// hundred and twenty?", "like thirty a month?"): the user answers with an
/// estimate, the question mark only marks the doubt.
/// </summary>
internal static class UncertainAnswer
{
    private static readonly WordSet Hedges = WordSet.Of(
        "maybe", "around", "about", "roughly", "approximately", "probably", "guess", "know", "somewhere", "ish", "or",
        "like", "say", "give");

    private static readonly WordSet NumberWords = WordSet.Of(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "thousand", "dozen", "couple", "few", "thirteen", "fourteen",
        "sixteen", "seventeen", "eighteen", "nineteen", "seventy", "eighty", "ninety");

    /// <summary>Whether words [from, to) hold both a number and a hedge, and no "you" the question would address.</summary>
    public static bool Is(string text, ReadOnlySpan<SpokenWord> words, int from, int to)
    {
        bool number = false, hedge = false;
        for (var i = from; i < to; i++)
        {
            var word = words[i].In(text);
            if (word.StartsWith("you", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var ish = word.Length > 3 && word.EndsWith("ish", StringComparison.OrdinalIgnoreCase);
            // "sixty-ish" and "twentyish" are a number word and its hedge in one.
            number |= char.IsAsciiDigit(word[0]) || NumberWords.Contains(text, words[i]) || (ish && NumberWords.Contains(word[..^3].TrimEnd('-')));
            hedge |= Hedges.Contains(text, words[i]) || ish;
        }

        return number && hedge;
    }
}
