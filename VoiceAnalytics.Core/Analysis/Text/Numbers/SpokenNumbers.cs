using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>
/// Finds numbers in speech-to-text output: digits ("1,500", "2k"), words ("a hundred and fifty", "half a dozen"),
/// ranges ("20 to 30", "between forty and fifty"), self-corrections ("thirty, no, thirty-five") and hedges
/// ("about", "-ish"), and tells counts from prices, years, times, dates, durations, percentages, ordinals and phones.
/// </summary>
public static class SpokenNumbers
{
    /// <summary>The counts in <paramref name="text"/> (every number that is not a price, time, date...).</summary>
    public static IReadOnlyList<SpokenNumber> Parse(string text) => [.. Scan(text).Where(n => n.IsCount)];

    /// <summary>Every number in <paramref name="text"/>, each with its <see cref="NumberKind"/>.</summary>
    public static IReadOnlyList<SpokenNumber> Scan(string text) => Scan(new TokenizedText(text));

    /// <summary>Every number in an already tokenized text, each with its <see cref="NumberKind"/>.</summary>
    public static IReadOnlyList<SpokenNumber> Scan(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrases = new List<NumberPhrase>();
        for (var i = 0; i < text.Count;)
        {
            if (NumberPhraseReader.TryRead(text, i, out var phrase))
            {
                phrases.Add(phrase);
                i = phrase.End;
            }
            else
            {
                i++;
            }
        }

        if (phrases.Count == 0)
        {
            return [];
        }

        var joined = NumberPhraseJoiner.Join(text, phrases);
        var numbers = new SpokenNumber[joined.Count];
        NumberKind? previousKind = null;
        var previousEnd = -1;
        for (var i = 0; i < joined.Count; i++)
        {
            var phrase = joined[i];
            var kind = NumberContext.Classify(text, phrase, previousKind, previousEnd);
            numbers[i] = ToNumber(text, phrase, kind);
            (previousKind, previousEnd) = (kind, phrase.End);
        }

        return numbers;
    }

    private static SpokenNumber ToNumber(TokenizedText text, NumberPhrase phrase, NumberKind kind)
    {
        var isRange = phrase.Has(NumberPhraseFlags.Range);
        var approximate = phrase.Has(NumberPhraseFlags.Approximate) || NumberHedges.Around(text, phrase.First, phrase.End);
        var corrected = phrase.Has(NumberPhraseFlags.Corrected);
        var confidence = 1.0 * (approximate ? 0.8 : 1) * (isRange ? 0.85 : 1) * (corrected ? 0.9 : 1);
        var value = isRange ? (phrase.Low + phrase.High) / 2 : phrase.High;
        return new SpokenNumber(
            value,
            isRange ? phrase.Low : value,
            isRange ? phrase.High : value,
            text[phrase.First].Start,
            text[phrase.End - 1].End,
            kind,
            approximate,
            isRange,
            corrected,
            Math.Round(confidence, 2));
    }
}
