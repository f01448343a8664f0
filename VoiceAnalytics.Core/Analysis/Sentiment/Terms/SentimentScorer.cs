using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>
/// Scores a text with <see cref="SentimentLexicon"/>: each term's valence, turned by a negator before it ("not happy"),
/// raised by intensifiers ("really", "way too"), halved by downtoners ("a bit", "kind of"), raised by a comparison with
/// expectations ("better than I expected"); inside a sentence "but" moves the weight to the clause after it; questions,
/// hypotheticals and complaints about a past tool count less; an exclamation counts more, and so does a positive word
/// that opens a reply ("Perfect, that's it", "Great, ..."), unless it stands bare as a receipt of the agent's answer
/// ("Great. And can it ...", <see cref="Acknowledgements"/>), which counts less; a challenging question ("why would we switch?", <see cref="ChallengeQuestions"/>)
/// counts as a complaint; praise that is ironic (<see cref="SarcasmCues"/>) counts as a complaint, and so does the praise after it
/// in its sentence; praise inside a parting wish ("have a good one") weighs like thanks. The sum is squashed into -1..1.
/// Praise stated as beyond expectations ("better than I thought", "actually helpful") marks the text as surprised.
/// </summary>
public static class SentimentScorer
{
    private const double Squash = 1.5;

    private const double BeforeContrast = 0.5;
    private const double AfterContrast = 1.3;
    private const double ExceededBoost = 1.3;
    private const double ReplyOpenerBoost = 1.3;
    private const double ExclamationLift = 0.3;
    private const double Irony = -0.9;
    private const double Challenge = -0.6;
    private const double Receipt = 0.35;
    private const double Wish = 0.35;

    public static TextSentiment Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = SpeechTokenizer.PlainApostrophes(text);
        return Score(normalized, SpeechTokenizer.Words(normalized));
    }

    /// <summary>Scores <paramref name="text"/> (already normalized) from its scanned words.</summary>
    /// <param name="describesStatusQuo">
    /// True when the text answers a question about the tool or process used today: its complaints are about that, and
    /// weigh like complaints about a past tool.
    /// </param>
    public static TextSentiment Score(string text, IReadOnlyList<SpokenWord> words, bool describesStatusQuo = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);

        // The words as one span, read in place by every reader below: through the list each read was an interface call.
        return ScoreWords(text, PhraseMatcher<SentimentTerm>.AsSpan(words), describesStatusQuo);
    }

    private static TextSentiment ScoreWords(string text, ReadOnlySpan<SpokenWord> words, bool describesStatusQuo)
    {
        List<SentimentHit>? hits = null;
        var surprised = false;
        var refusesContact = false;
        var firstContent = TermPlacement.FirstContentWord(text, words);
        double raw = 0, previous = 0;
        var from = 0;
        var previousFrom = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (!words[i].EndsSentence && i < words.Length - 1)
            {
                continue;
            }

            var bareIrony = SarcasmCues.IsBareVerdictAfterStatement(text, words, from, i + 1, previousFrom, previous > 0);
            var sentence = ScoreSentence(text, words, from, i + 1, firstContent, describesStatusQuo, bareIrony, ref hits, ref surprised, ref refusesContact);
            if (previous != 0 && SentimentLexicon.ContextCues.Match(text, words, from)?.Value == ContextCue.Contrast)
            {
                // "It works. But it's slow.": the sentence after the contrast outweighs the one before.
                raw -= previous * (1 - BeforeContrast);
                sentence *= AfterContrast;
            }

            raw += sentence;
            previous = sentence;
            previousFrom = from;
            from = i + 1;
        }

        return hits is null ? TextSentiment.Neutral : new TextSentiment(Squashed(raw), raw, hits, surprised, refusesContact);
    }

    /// <summary>Maps a raw sum of term weights into -1..1.</summary>
    public static double Squashed(double raw) => Math.Tanh(raw / Squash);

    private static double ScoreSentence(string text, ReadOnlySpan<SpokenWord> words, int from, int to, int firstContent, bool statusQuo, bool bareIrony, ref List<SentimentHit>? hits, ref bool surprised, ref bool refusesContact)
    {
        var context = SentenceContext.Read(text, words, from, to, statusQuo);
        var challenge = ChallengeQuestions.Is(text, words, from, to);
        if (challenge)
        {
            // "why would we pay more?": doubt, not a request; its terms are not softened as a question's or a wish's.
            context = context with { Question = false, Hypothetical = false };
        }

        var receipt = Acknowledgements.IsBareReceipt(text, words, from, to);
        var statement = !context.Question && !context.Hypothetical;
        var firstHit = hits?.Count ?? 0;
        var ironic = false;
        var negationFrom = from;
        double sum = 0;
        for (var i = from; i < to; i++)
        {
            if (SentimentLexicon.Terms.Match(text, words, i) is not { } term)
            {
                continue;
            }

            if (term.Value.Exceeds)
            {
                // "more useful than I expected": praise measured against a lower expectation is a change of mind.
                surprised |= statement && !ironic && hits is not null && hits.Count > firstHit && hits[^1].Weight > 0;
                sum += BoostLastHit(hits, firstHit);
                i += term.Words.Count - 1;
                continue;
            }

            var length = term.Words.Count;
            var valence = term.Value.Valence;
            var modifiersFrom = negationFrom;
            if (ContainsNegator(text, words, i, length))
            {
                // "no bother, thanks a million", "no problem thanks": the term's own "no" is spent on it and turns nothing after it.
                negationFrom = i + length;
            }

            if (valence == 0 || !TermPlacement.HasLead(text, words, i, from, term.Value) || TermPlacement.IsNamePart(text, words[i], i == from))
            {
                i += valence == 0 ? length - 1 : 0;
                continue;
            }

            if (valence > 0 && (bareIrony || ironic || SarcasmCues.IsIronic(text, words, i, length, from, to)))
            {
                // "oh great, another login", "just perfect.": the praise is the complaint, and so is the praise after it
                // in the same sentence ("oh great, a pitch, exactly what I needed").
                valence *= Irony;
                ironic = true;
            }

            if (valence > 0 && TermPlacement.IsWish(text, words, i, from))
            {
                // "have a good one": the goodbye's formula, warm but no verdict on the call; it weighs like thanks.
                valence *= Wish;
            }

            valence *= TermModifiers.Factor(text, words, i, modifiersFrom, valence);
            valence *= context.Factor(valence, i, term.Value);
            if (receipt && valence > 0)
            {
                // "Great. And can it ...": the verdict receipts the answer before the next point.
                valence *= Receipt;
            }
            else if (i == firstContent && valence > 0 && !bareIrony)
            {
                valence *= ReplyOpenerBoost;
            }

            // "that was actually helpful": "actually" marks the praise as news to the speaker, like "than I expected".
            surprised |= statement && valence > 0 && !ironic && TermPlacement.FollowsActually(text, words, i, from);
            refusesContact |= term.Value.RefusesContact && valence < 0;
            var describes = term.Value.Valence < 0 && !term.Value.Feeling;
            (hits ??= []).Add(new SentimentHit(words[i].Start, words[i + length - 1].End, valence, describes));
            sum += valence;
            i += length - 1;
        }

        if (challenge)
        {
            (hits ??= []).Add(new SentimentHit(words[from].Start, Math.Min(text.Length, words[to - 1].End + 1), Challenge));
            sum += Challenge;
        }

        if (context.Exclamation && sum >= 0)
        {
            // "Hi!", "Thanks!": an exclamation that complains about nothing reads as enthusiasm.
            (hits ??= []).Add(new SentimentHit(words[from].Start, Math.Min(text.Length, words[to - 1].End + 1), ExclamationLift));
            sum += ExclamationLift;
        }

        return sum;
    }

    private static bool ContainsNegator(string text, ReadOnlySpan<SpokenWord> words, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            if (TermModifiers.IsNegator(text, words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Multiplies the sentence's latest hit; returns the weight it gained.</summary>
    private static double BoostLastHit(List<SentimentHit>? hits, int firstHitOfSentence)
    {
        if (hits is null || hits.Count <= firstHitOfSentence)
        {
            return 0;
        }

        var last = hits[^1];
        hits[^1] = last with { Weight = last.Weight * ExceededBoost };
        return last.Weight * (ExceededBoost - 1);
    }
}
