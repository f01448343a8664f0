using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// How a user turn reacts to what the agent just said, read from its opening (the first two sentences):
/// negative ("hmm, that's a bummer", "that might be a problem", "forget it") or positive ("okay, good", "perfect").
/// </summary>
public static partial class UserReactionCues
{
    private const int OpeningSentences = 2;

    /// <summary>The first non-negated negative reaction in the opening of <paramref name="text"/>, or null.</summary>
    public static Match? Negative(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = OpeningLength(text);
        for (var match = NegativeRegex().Match(text, 0, length); match.Success; match = match.NextMatch())
        {
            if (!CueNegation.IsNegated(text, match.Index))
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>
    /// A negative reaction, or frustration with the help itself ("that's the whole reason I called", "it keeps
    /// sending me in circles"), which is not an objection to the product.
    /// </summary>
    public static bool IsDissatisfied(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Negative(text) is not null || FrustrationRegex().IsMatch(text);
    }

    /// <summary>True when the turn opens with an acceptance ("okay, good", "oh perfect", "that's fine").</summary>
    public static bool IsPositive(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PositiveRegex().IsMatch(text) && Negative(text) is null;
    }

    private static int OpeningLength(string text)
    {
        // An interjection on its own ("hm.", "okay.") does not use up the opening.
        var (seen, words, inWord) = (0, 0, false);
        for (var i = 0; i < text.Length; i++)
        {
            var letter = SpeechTokenizer.IsWordChar(text[i]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
            if (text[i] is '.' or '?' or '!')
            {
                if (words > 1 && ++seen == OpeningSentences)
                {
                    return i + 1;
                }

                words = 0;
            }
        }

        return text.Length;
    }

    [GeneratedRegex(
        @"\b(?:bummer|shame|pity|too\s+bad|unfortunate|disappointing|letdown|let\s+down|problem|issue|concern(?:ing)?|worr(?:y|ied|ying)"
        + @"|deal[- ]?breaker|non-?starter|(?:pretty\s+|really\s+|very\s+)?big\s+deal|important\s+(?:for|to)\s+(?:us|me)|forget\s+it|pointless|look\s+elsewhere"
        + @"|i\s+(?:really\s+)?(?:wanted|needed|was\s+hoping\s+for)\s+(?:that|it|this)|was\s+hoping|(?:going\s+to|gonna)\s+matter|that\s+matters"
        + @"|not\s+(?:great|ideal|good)|ugh|hassle|frustrat\w*|annoying|(?:way\s+)?too\s+(?:clunky|complicated|hard)"
        // disappointment said plainly or in other Englishes ("that sucks", "that's pants", "gutted", "how is that not a thing")
        + @"|sucks|lame|rubbish|pants|gutted|limiting|how\s+is\s+(?:that|it|this)\s+not|(?:a\s+lot\s+|much\s+|far\s+)?less\s+useful)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NegativeRegexPattern();

    private static GuardedRegex? NegativeRegexGuarded;

    private static GuardedRegex NegativeRegex() => NegativeRegexGuarded ??= new(NegativeRegexPattern());

    [GeneratedRegex(
        @"\b(?:(?:the\s+)?whole\s+(?:reason|point)|in\s+circles|waste\s+of\s+(?:my\s+|our\s+)?time|not\s+(?:very\s+)?helpful|useless|still\s+(?:stuck|lost|confused)|doesn['’]?t\s+help)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FrustrationRegexPattern();

    private static GuardedRegex? FrustrationRegexGuarded;

    private static GuardedRegex FrustrationRegex() => FrustrationRegexGuarded ??= new(FrustrationRegexPattern());

    [GeneratedRegex(
        @"^\W*(?:(?:ok(?:ay)?|oh|ah|yeah|yes|alright|all\s+right|wow|well)\W+){0,2}(?:good|great|perfect|nice|cool|awesome|excellent|amazing|wonderful|fantastic"
        + @"|love\s+(?:it|that)|sounds\s+(?:good|great)|that\s+works|makes\s+sense|got\s+it|fair\s+enough|that\s+helps|good\s+to\s+(?:know|hear)"
        + @"|that'?s\s+(?:fine|good|great|perfect|better|helpful|a\s+relief|fair|good\s+to\s+hear|great\s+to\s+hear|what\s+i\s+needed))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PositiveRegexPattern();

    private static GuardedRegex? PositiveRegexGuarded;

    private static GuardedRegex PositiveRegex() => PositiveRegexGuarded ??= new(PositiveRegexPattern());
}
