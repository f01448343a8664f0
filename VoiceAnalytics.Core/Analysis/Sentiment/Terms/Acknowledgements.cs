using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>
/// A verdict said on its own at the start of a reply ("Great.", "Okay, good.", "Perfect."): it receipts the agent's
/// answer before the user moves on, the way "okay" does, more than it praises anything. Read from the shape of the
/// sentence (a few filler words around one verdict), not from phrases.
/// </summary>
internal static class Acknowledgements
{
    /// <summary>Verdicts that double as a receipt; warmer praise ("love it", "really helpful") is never bare.</summary>
    private static readonly WordSet Verdicts = WordSet.Of(
        "great", "perfect", "good", "nice", "lovely", "brilliant", "excellent", "wonderful", "awesome", "cool", "fantastic",
        "grand", "super", "terrific", "beautiful", "fine");

    /// <summary>Words that may stand around the verdict in a receipt: "okay, very good", "that is great", "oh perfect".</summary>
    private static readonly WordSet Fillers = WordSet.Of(
        "okay", "ok", "oh", "ah", "yes", "yeah", "yep", "alright", "right", "sure", "that", "that's", "is", "very", "so", "um",
        "uh", "well", "sounds", "all");

    private const int MaxWords = 4;

    /// <summary>True when sentence [<paramref name="from"/>, <paramref name="to"/>) opens the turn and is only a verdict with fillers.</summary>
    public static bool IsBareReceipt(string text, ReadOnlySpan<SpokenWord> words, int from, int to)
    {
        if (from != 0 || to - from > MaxWords)
        {
            return false;
        }

        var verdicts = 0;
        for (var i = from; i < to; i++)
        {
            if (Verdicts.Contains(text, words[i]))
            {
                verdicts++;
            }
            else if (!Fillers.Contains(text, words[i]))
            {
                return false;
            }
        }

        return verdicts == 1;
    }
}
