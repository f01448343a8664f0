using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Quality.Questions;

/// <summary>Whether the word opening a clause starts a question, by the forms <see cref="QuestionDetector"/> describes.</summary>
internal static class QuestionStartRules
{
    private const int MaxUninvertedClauseWords = 7;

    public static bool IsQuestionStart(string text, ReadOnlySpan<SpokenWord> words, int i, int end, bool ellipsisAllowed, QuestionStrictness form)
    {
        var word = words[i];
        var next = i + 1 < end && !word.EndsClause ? words[i + 1] : (SpokenWord?)null;
        if (QuestionForms.Indirect.IsMatch(text, words, i))
        {
            return true;
        }

        if (QuestionForms.Pleasantries.IsMatch(text, words, i))
        {
            return false;
        }

        if (form == QuestionStrictness.MidSentence && (IsWhWord(text, word) || IsNegative(text, word)))
        {
            // A relative clause never inverts: "..., which one is better" and "..., how much would it cost" still ask.
            return IsWhWord(text, word) && IsInvertedWhQuestion(text, words, i, end) && !IsRelativeWhich(text, words, i, end);
        }

        if (QuestionForms.WhContractions.Contains(text, word))
        {
            return true;
        }

        if (next is not { } following)
        {
            return false;
        }

        if (QuestionForms.WhWords.Contains(text, word))
        {
            return IsWhQuestion(text, words, i, end, ellipsisAllowed)
                || (form == QuestionStrictness.SentenceStart && IsUninvertedHowQuestion(text, words, i, end));
        }

        if (IsSubjectlessStatement(text, words, i, end, form))
        {
            return false;
        }

        if (QuestionForms.StrongAuxiliaries.Contains(text, word))
        {
            // As speech-to-text's "we're" ("were doing a bake off") the auxiliary asks only before a subject pronoun.
            return word.Is(text, "were")
                ? QuestionForms.InvertedSubjects.Contains(text, following)
                : !QuestionForms.NotSubjects.Contains(text, following);
        }

        if (!QuestionForms.ModalAuxiliaries.Contains(text, word))
        {
            return false;
        }

        var isSubject = QuestionForms.Subjects.Contains(text, following) || QuestionForms.Determiners.Contains(text, following)
            || (form == QuestionStrictness.SentenceStart && IsBareNoun(text, following));
        var takesObject = word.Is(text, "do") || word.Is(text, "don't") || word.In(text).StartsWith("ha", StringComparison.OrdinalIgnoreCase);
        return isSubject && !(takesObject && QuestionForms.ImperativeObjects.Contains(text, following));
    }

    /// <summary>
    /// "which is a mess", "which are the bane of my existence": after a statement, "which" right before a copula refers
    /// back to what was said. A question "which" takes a noun first ("which one is") or ends on '?'.
    /// </summary>
    public static bool IsRelativeWhich(string text, ReadOnlySpan<SpokenWord> words, int i, int end) =>
        words[i].Is(text, "which") && !words[i].EndsClause && i + 1 < end && QuestionForms.Copulas.Contains(text, words[i + 1]);

    /// <summary>
    /// An auxiliary with no subject after it, where the speaker left out the subject before it rather than inverting:
    /// a negative one before a verb ("didn't use it", "doesn't matter", "don't bother"), or, inside a statement that
    /// ends without '?', a copula before anything but a pronoun ("..., is a mess", "but is slow", "..., is small";
    /// "..., is it extra" and "..., is possible to ..." still ask).
    /// </summary>
    private static bool IsSubjectlessStatement(string text, ReadOnlySpan<SpokenWord> words, int i, int end, QuestionStrictness form)
    {
        var negative = IsNegative(text, words[i]);
        var midCopula = form == QuestionStrictness.MidSentence && QuestionForms.Copulas.Contains(text, words[i]);
        if ((!negative && !midCopula) || i + 1 >= end || words[i].EndsClause)
        {
            return false;
        }

        var following = words[i + 1];
        var hasSubject = QuestionForms.Subjects.Contains(text, following) || QuestionForms.SubjectContractions.Contains(text, following);
        // "..., is possible to sign on the phone" asks as "is it possible" does, the one copula question learners drop "it" from.
        return negative ? !hasSubject && !QuestionForms.Determiners.Contains(text, following) : !hasSubject && !following.Is(text, "possible");
    }

    /// <summary>"can customers ...": a sentence-opening modal before a word that is neither a verb nor a filler.</summary>
    private static bool IsBareNoun(string text, SpokenWord word) =>
        !QuestionForms.BaseVerbs.Contains(text, word) && !QuestionForms.NotSubjects.Contains(text, word)
        && !QuestionForms.Subjects.Contains(text, word) && !QuestionForms.Determiners.Contains(text, word);

    private static bool IsWhWord(string text, SpokenWord word) =>
        QuestionForms.WhWords.Contains(text, word) || QuestionForms.WhContractions.Contains(text, word);

    private static bool IsNegative(string text, SpokenWord word) => word.In(text).EndsWith("n't", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A wh-word, its modifiers, then an auxiliary before its subject ("how much would it cost", "which one is"): the
    /// inversion only a question has.
    /// </summary>
    public static bool IsInvertedWhQuestion(string text, ReadOnlySpan<SpokenWord> words, int i, int end)
    {
        if (!QuestionForms.WhWords.Contains(text, words[i]))
        {
            return false;
        }

        var k = i + 1;
        var modified = false;
        while (k < end && k <= i + 2 && QuestionForms.WhModifiers.Contains(text, words[k]) && !words[k - 1].EndsClause)
        {
            k++;
            modified = true;
        }

        if (k + 1 >= end || words[k - 1].EndsClause || !QuestionForms.IsAuxiliary(text, words[k]))
        {
            return false;
        }

        var subject = words[k + 1];
        return QuestionForms.InvertedSubjects.Contains(text, subject) || QuestionForms.Determiners.Contains(text, subject)
            || (modified && words[i].Is(text, "which") && !words[k].EndsClause);
    }

    /// <summary>
    /// Learners of English often ask without inverting: "how much it cost for three", "how I pay for it". A sentence
    /// that opens with "how much/many" and a subject pronoun, or "how I/we" and a verb, asks when its short clause
    /// holds no auxiliary before its end ("how we do it now is ..." is a statement).
    /// </summary>
    private static bool IsUninvertedHowQuestion(string text, ReadOnlySpan<SpokenWord> words, int i, int end)
    {
        if (i + 1 >= end || !words[i].Is(text, "how"))
        {
            return false; // a sentence ending on "how" has no subject to read
        }

        var amount = words[i + 1].Is(text, "much") || words[i + 1].Is(text, "many");
        var s = amount ? i + 2 : i + 1;
        if (s + 1 >= end || words[s - 1].EndsClause || words[s].EndsClause)
        {
            return false;
        }

        var subject = words[s];
        var asks = amount ? QuestionForms.InvertedSubjects.Contains(text, subject) : subject.Is(text, "i") || subject.Is(text, "we");
        if (!asks)
        {
            return false;
        }

        for (var k = s + 1; k < end && k <= s + MaxUninvertedClauseWords; k++)
        {
            var last = words[k].EndsClause || k == end - 1;
            if (!last && (QuestionForms.IsAuxiliary(text, words[k]) || QuestionForms.SubjectContractions.Contains(text, words[k])))
            {
                return false;
            }

            if (last)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWhQuestion(string text, ReadOnlySpan<SpokenWord> words, int i, int end, bool ellipsisAllowed)
    {
        var next = words[i + 1];
        if (QuestionForms.Elliptical.Contains(text, next))
        {
            // "sure, why not." accepts; "why not just email it" asks.
            var closes = next.EndsClause || i + 2 >= end;
            return (ellipsisAllowed || !next.Is(text, "about")) && !(closes && next.Is(text, "not"));
        }

        // "how much for ten seats", "how many per plan": an amount asked with no verb.
        if (QuestionForms.WhModifiers.Contains(text, next) && !next.EndsClause && i + 2 < end
            && QuestionForms.AmountEllipsis.Contains(text, words[i + 2]))
        {
            return true;
        }

        // "what happens if", "who handles support": the wh-word is the subject.
        if (!words[i].Is(text, "how") && !words[i].Is(text, "why") && QuestionForms.SubjectQuestionVerbs.Contains(text, next))
        {
            return true;
        }

        // "how many documents can I send": skip modifiers and a short noun phrase, never a subject pronoun.
        for (var k = i + 1; k < end && k <= i + 4; k++)
        {
            var w = words[k];
            if (QuestionForms.IsAuxiliary(text, w))
            {
                // "which is why", "that is what": a wh-word after the auxiliary makes it a statement's clause.
                return k + 1 >= end || w.EndsClause || !QuestionForms.WhWords.Contains(text, words[k + 1]) || k > i + 1;
            }

            if (QuestionForms.Subjects.Contains(text, w) || QuestionForms.SubjectContractions.Contains(text, w) || w.EndsClause)
            {
                return false;
            }
        }

        return false;
    }
}
