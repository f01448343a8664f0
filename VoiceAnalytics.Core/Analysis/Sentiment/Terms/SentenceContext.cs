using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>
/// What a sentence says about the weight of its terms: a question, an exclamation, a hypothetical, a tool used before
/// or the way the user works today, the connection the user is on, a "but" (or a turn from the past to "now": "I was excited and now ...").
/// </summary>
internal readonly record struct SentenceContext(bool Question, bool Exclamation, bool Hypothetical, bool Past, bool StatusQuo, bool Circumstance, int ContrastAt)
{
    private const double Asked = 0.5;
    private const double Exclaimed = 1.25;
    private const double Conditional = 0.6;
    private const double WishedComparative = -0.4;
    private const double OtherToolComplaint = 0.35;

    /// <summary>A bad line weighs as the lexicon's own "bad line" idiom does against "bad" (-0.2 of -0.8).</summary>
    private const double ConnectionComplaint = 0.25;
    private const double BeforeContrast = 0.5;
    private const double AfterContrast = 1.3;
    private const double BygonePraise = 0.1;

    public static SentenceContext Read(string text, ReadOnlySpan<SpokenWord> words, int from, int to, bool statusQuo)
    {
        var last = words[to - 1].After;
        var cues = statusQuo ? ContextCue.StatusQuo : ContextCue.None;
        var contrastAt = -1;
        for (var i = from; i < to; i++)
        {
            if (contrastAt < 0 && cues.HasFlag(ContextCue.Past) && IsTurnToNow(text, words, i, from))
            {
                // "I was so excited and now I feel ...": a clause that moves from the past to now contrasts like "but".
                contrastAt = i;
            }

            if (SentimentLexicon.ContextCues.Match(text, words, i) is not { } cue)
            {
                continue;
            }

            cues |= cue.Value;
            contrastAt = cue.Value == ContextCue.Contrast && i > from ? i : contrastAt;
        }

        return new SentenceContext(
            last == SpokenBreak.Question,
            last == SpokenBreak.Exclamation,
            cues.HasFlag(ContextCue.Hypothetical),
            cues.HasFlag(ContextCue.Past),
            cues.HasFlag(ContextCue.StatusQuo),
            cues.HasFlag(ContextCue.Circumstance),
            contrastAt);
    }

    /// <summary>"now" opening a clause or after "and" ("and now", ", now"), not "right now" or "for now".</summary>
    private static bool IsTurnToNow(string text, ReadOnlySpan<SpokenWord> words, int i, int from) =>
        i > from && words[i].Is(text, "now") && (words[i - 1].EndsClause || words[i - 1].Is(text, "and"));

    /// <summary>The multiplier for <paramref name="term"/> of <paramref name="valence"/> (after its modifiers) at word <paramref name="index"/>.</summary>
    public double Factor(double valence, int index, SentimentTerm term)
    {
        var factor = 1.0;
        factor *= Question ? Asked : 1;
        factor *= Exclamation ? Exclaimed : 1;
        factor *= !Hypothetical ? 1 : term.Comparative && valence > 0 ? WishedComparative : Conditional;
        var aboutAnotherTool = Past || (StatusQuo && !term.Feeling);
        factor *= aboutAnotherTool && valence < 0 ? OtherToolComplaint : 1;

        // "sorry, the line is really bad": the complaint describes the connection; the user's feelings still count.
        factor *= Circumstance && valence < 0 && !term.Feeling ? ConnectionComplaint : 1;
        if (ContrastAt >= 0)
        {
            // "I was so excited, but now ...": praise in the past tense that the rest of the sentence takes back.
            factor *= index >= ContrastAt ? AfterContrast : Past && valence > 0 ? BygonePraise : BeforeContrast;
        }

        return factor;
    }
}
