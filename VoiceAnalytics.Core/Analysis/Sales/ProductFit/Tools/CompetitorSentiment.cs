using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;

/// <summary>
/// The user's attitude toward a competitor they name, read from its clause and the rest of that sentence and the
/// next ("SignNow. it works but it's clunky"), stopping at the next competitor named. Any complaint makes it negative:
/// users shopping for a replacement praise with reservations.
/// </summary>
internal static class CompetitorSentiment
{
    public const string Positive = "positive";
    public const string Negative = "negative";
    public const string Neutral = "neutral";

    private static readonly PhraseMatcher<bool> NegativeCues = new(
        "hate", "hated", "hates", "clunky", "slow", "expensive", "pricey", "overkill", "over it", "didn't love", "don't love",
        "didn't like", "don't like", "not a fan", "frustrating", "frustrated", "flaky", "a pain", "painful", "terrible",
        "awful", "annoying", "confusing", "complicated", "buggy", "too much", "raising our price", "raising the price",
        "price increase", "sucks", "burned", "a mess", "nightmare", "hard to use", "not great", "disappointed", "unhappy",
        "problems", "issues", "doesn't work", "didn't work", "costly", "outdated", "clumsy", "fed up", "tired of", "sick of",
        "not happy", "too slow", "hassle", "limited", "lacking", "way higher", "went up", "more expensive", "get off",
        "getting off", "get away from", "move away", "get rid of", "not a big fan");

    private static readonly PhraseMatcher<bool> PositiveCues = new(
        "love it", "loved it", "love them", "we love", "i love", "like it", "liked it", "works well", "works great", "works fine", "happy with", "is great", "it's great",
        "pretty good", "it's good", "is good", "solid", "easy", "reliable", "smooth", "basically free", "free for us",
        "really like", "impressed");

    /// <summary>Sentiment of one mention; <paramref name="stopAt"/> is where the next competitor is named in the turn (or the text length).</summary>
    public static string Of(TermHit hit, int stopAt)
    {
        var text = hit.Text;
        var (clauseStart, _) = CueText.Clause(text, hit.Start);
        var (_, sentenceEnd) = SentenceBounds.Around(text, hit.Start);
        var end = sentenceEnd < text.Length ? SentenceBounds.Around(text, sentenceEnd).End : sentenceEnd;
        end = Math.Min(Math.Max(end, hit.End), Math.Max(stopAt, hit.End));
        var window = text.AsSpan(clauseStart, end - clauseStart);
        if (NegativeCues.In(window))
        {
            return Negative;
        }

        return PositiveCues.In(window) ? Positive : Neutral;
    }

    /// <summary>One sentiment from several mentions: negative if any is, else positive if any is.</summary>
    public static string Combine(string current, string next) =>
        current == Negative || next == Negative ? Negative
        : current == Positive || next == Positive ? Positive
        : Neutral;
}
