using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// A bare yes or no given to the agent's yes/no question ("Are you the one who decides?" - "Nope."). The answer means
/// nothing alone: what it affirms or denies is the question's, so the readers pair it with the question's topic. Read
/// word by word from the turn's opening, with no regex: most turns are ruled out by their first word.
/// </summary>
internal static class PolarReply
{
    public enum Polarity
    {
        None,
        Yes,
        No,
    }

    private const int OpeningWords = 6;

    private static readonly string[] Fillers = ["um", "uh", "oh", "ah", "eh", "hmm", "well", "honestly", "so", "haha"];
    private static readonly string[] Noes = ["no", "nope", "nah", "none", "nobody"];
    private static readonly string[] Yeses = ["yes", "yeah", "yep", "yup", "yea", "correct", "absolutely", "definitely"];

    // "not really", "not yet": a denial softened, still a denial; "not sure" is no answer.
    private static readonly string[] SoftDenials = ["really", "yet", "currently", "quite"];

    // "yes I am", "yeah I do": the answer restates the question's auxiliary.
    private static readonly string[] Auxiliaries = ["am", "do", "will", "would", "is", "have"];

    // Words that open a yes/no question, after a lead-in the agent may put first ("And is there a deadline?").
    private static readonly string[] QuestionOpeners =
        ["are", "is", "do", "does", "did", "will", "would", "can", "could", "have", "has", "should", "am", "any"];

    private static readonly string[] LeadIns = ["and", "so", "okay", "ok", "great", "also", "just", "now", "then", "perfect"];

    /// <summary>
    /// The polarity a turn opens with when the opening is the whole answer: "no.", "nope, ...", "not really",
    /// "no, not yet", "yes.", "yeah I am". A denial that goes on in its own clause ("no one else", "no timeline") is
    /// not a bare answer and reads as None.
    /// </summary>
    public static Polarity Of(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var cursor = 0;
        for (var read = 0; read < OpeningWords && NextWord(answer, cursor) is { } word; read++)
        {
            var w = answer.AsSpan(word.Start, word.End - word.Start);
            if (DealText.IsAny(w, Fillers))
            {
                cursor = word.End;
                continue;
            }

            if (DealText.IsAny(w, Noes))
            {
                return ClosesAt(answer, word.End) || IsSoftDenial(answer, word.End) ? Polarity.No : Polarity.None;
            }

            if (w.Equals("not", StringComparison.OrdinalIgnoreCase))
            {
                return IsSoftDenial(answer, word.Start) ? Polarity.No : Polarity.None;
            }

            if (DealText.IsAny(w, Yeses))
            {
                return ClosesAt(answer, word.End) || RestatesAuxiliary(answer, word.End) ? Polarity.Yes : Polarity.None;
            }

            return Polarity.None;
        }

        return Polarity.None;
    }

    /// <summary>The last question of the agent's turn when it asks yes or no, not "A or B" nor "when ..."; else null.</summary>
    public static string? Question(string agentText)
    {
        ArgumentNullException.ThrowIfNull(agentText);
        if (!agentText.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }

        var question = SentenceBounds.LastQuestion(agentText);
        if (question.Contains(" or ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var cursor = 0;
        for (var read = 0; read < 3 && NextWord(question, cursor) is { } word; read++)
        {
            var w = question.AsSpan(word.Start, word.End - word.Start);
            if (DealText.IsAny(w, QuestionOpeners))
            {
                return question;
            }

            if (!DealText.IsAny(w, LeadIns))
            {
                return null;
            }

            cursor = word.End;
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> holds one of <paramref name="words"/> as a whole word.</summary>
    public static bool HasWord(string text, string[] words)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cursor = 0;
        while (NextWord(text, cursor) is { } word)
        {
            if (DealText.IsAny(text.AsSpan(word.Start, word.End - word.Start), words))
            {
                return true;
            }

            cursor = word.End;
        }

        return false;
    }

    /// <summary>"not really." / "no, not yet": "not" then a softener, closing the clause.</summary>
    private static bool IsSoftDenial(string text, int from)
    {
        if (NextWord(text, from) is not { } not || !text.AsSpan(not.Start, not.End - not.Start).Equals("not", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return NextWord(text, not.End) is { } soft && DealText.IsAny(text.AsSpan(soft.Start, soft.End - soft.Start), SoftDenials)
            && (ClosesAt(text, soft.End) || (NextWord(text, soft.End) is { } no && DealText.IsAny(text.AsSpan(no.Start, no.End - no.Start), Noes) && ClosesAt(text, no.End)));
    }

    /// <summary>"yes I am", "yeah, I do": the subject and auxiliary of the question, closing the clause.</summary>
    private static bool RestatesAuxiliary(string text, int from) =>
        NextWord(text, from) is { } i && text.AsSpan(i.Start, i.End - i.Start).Equals("i", StringComparison.OrdinalIgnoreCase)
        && NextWord(text, i.End) is { } aux && DealText.IsAny(text.AsSpan(aux.Start, aux.End - aux.Start), Auxiliaries)
        && ClosesAt(text, aux.End);

    /// <summary>The clause ends at <paramref name="index"/>: only spaces, then punctuation or the end of the turn.</summary>
    private static bool ClosesAt(string text, int index)
    {
        var i = index;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i == text.Length || text[i] is '.' or ',' or '!' or ';' or '-' or '\u2014';
    }

    /// <summary>The next word after <paramref name="index"/>, past spaces and the punctuation between answer words.</summary>
    private static (int Start, int End)? NextWord(string text, int index)
    {
        var i = index;
        while (i < text.Length && text[i] is ' ' or ',' or '.' or '!' or '-' or '\u2014')
        {
            i++;
        }

        return DealText.NextWord(text, i);
    }
}
