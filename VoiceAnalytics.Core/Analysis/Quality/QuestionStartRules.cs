using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>Whether the word opening a clause starts a question, by the forms <see cref="QuestionDetector"/> describes.</summary>
internal static class QuestionStartRules
{
    public static bool IsQuestionStart(string text, IReadOnlyList<SpokenWord> words, int i, int end, bool ellipsisAllowed, QuestionStrictness form)
    {
        var word = words[i];
        var next = i + 1 < end && !word.EndsClause ? words[i + 1] : (SpokenWord?)null;
        if (QuestionForms.Indirect.IsMatch(text, words, i))
        {
            return true;
        }

        if (form == QuestionStrictness.MidSentence && (IsWhWord(text, word) || IsNegative(text, word)))
        {
            return false;
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
            return IsWhQuestion(text, words, i, end, ellipsisAllowed);
        }

        if (QuestionForms.StrongAuxiliaries.Contains(text, word))
        {
            return !QuestionForms.NotSubjects.Contains(text, following);
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

    /// <summary>"can customers ...": a sentence-opening modal before a word that is neither a verb nor a filler.</summary>
    private static bool IsBareNoun(string text, SpokenWord word) =>
        !QuestionForms.BaseVerbs.Contains(text, word) && !QuestionForms.NotSubjects.Contains(text, word)
        && !QuestionForms.Subjects.Contains(text, word) && !QuestionForms.Determiners.Contains(text, word);

    private static bool IsWhWord(string text, SpokenWord word) =>
        QuestionForms.WhWords.Contains(text, word) || QuestionForms.WhContractions.Contains(text, word);

    private static bool IsNegative(string text, SpokenWord word) => word.In(text).EndsWith("n't", StringComparison.OrdinalIgnoreCase);

    private static bool IsWhQuestion(string text, IReadOnlyList<SpokenWord> words, int i, int end, bool ellipsisAllowed)
    {
        var next = words[i + 1];
        if (QuestionForms.Elliptical.Contains(text, next))
        {
            return ellipsisAllowed || !next.Is(text, "about");
        }

        // "how many documents can I send": skip modifiers and a short noun phrase, never a subject pronoun.
        for (var k = i + 1; k < end && k <= i + 4; k++)
        {
            var w = words[k];
            if (QuestionForms.IsAuxiliary(text, w))
            {
                return true;
            }

            if (QuestionForms.Subjects.Contains(text, w) || QuestionForms.SubjectContractions.Contains(text, w) || w.EndsClause)
            {
                return false;
            }
        }

        return false;
    }
}
