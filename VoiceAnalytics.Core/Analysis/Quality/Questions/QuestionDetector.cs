using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Quality.Questions;

/// <summary>
/// Finds the questions in an utterance by their form, since transcripts may lack question marks: an auxiliary before
/// its subject ("does it", "can we"), a wh-word before an auxiliary ("how do I", "what's"), a wrapped question ("I was
/// wondering if"), or a sentence that ends with '?'. A clause holds at most one question; a conjunction or comma can
/// open another ("is it secure, and can we ..."), and in a transcript without punctuation so can a discourse word
/// ("that's great okay and does it ...").
/// </summary>
public static class QuestionDetector
{
    private const int MaxWordsInWhPhrase = 4;

    /// <summary>The character offsets where the questions of <paramref name="text"/> start.</summary>
    public static IReadOnlyList<int> Find(string text) => Find(text, SpeechTokenizer.Words(text));

    public static IReadOnlyList<int> Find(string text, IReadOnlyList<SpokenWord> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        // Every rule reads words around the one it tests: read them as a span, not through the list at each look.
        return Find(text, PhraseMatcher<bool>.AsSpan(words));
    }

    private static IReadOnlyList<int> Find(string text, ReadOnlySpan<SpokenWord> words)
    {
        List<int>? starts = null;
        var punctuated = HasPunctuation(words);
        var sentenceStart = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].EndsSentence || i == words.Length - 1)
            {
                FindInSentence(text, words, sentenceStart, i + 1, punctuated, ref starts);
                sentenceStart = i + 1;
            }
        }

        return starts ?? (IReadOnlyList<int>)[];
    }

    public static int Count(string text) => Find(text).Count;

    private static void FindInSentence(string text, ReadOnlySpan<SpokenWord> words, int from, int to, bool punctuated, ref List<int>? starts)
    {
        var asked = words[to - 1].After == SpokenBreak.Question;
        var found = 0;
        var lastStart = -1;
        var clauseStart = true;
        var sentenceInitial = true;
        for (var i = from; i < to; i++)
        {
            if (i > from && words[i - 1].EndsClause)
            {
                clauseStart = true;
            }

            if (!clauseStart)
            {
                // Unpunctuated speech marks its clauses with discourse words instead ("... that's fine okay does it ..."),
                // or only by the inverted auxiliary itself ("... the end of that does yours sync ...").
                clauseStart = QuestionForms.Joiners.Contains(text, words[i])
                    || (!punctuated && QuestionForms.SpokenBoundaries.Contains(text, words[i]));
                // "how many users can we add": the inversion belongs to the wh-question a few words back.
                // "can i do it from my phone like is there an app": "like" after a question restates it.
                var sameQuestion = (lastStart >= 0 && i - lastStart <= MaxWordsInWhPhrase) || (found > 0 && words[i - 1].Is(text, "like"));
                if (!punctuated && !sameQuestion
                    && (IsInversionAfterStatement(text, words, i, to) || IsWhQuestionAfterStatement(text, words, i, to) || IsClosingInversion(text, words, from, i, to)))
                {
                    (starts ??= []).Add(words[i].Start);
                    found++;
                    lastStart = i;
                }

                continue;
            }

            if (QuestionForms.Openers.Contains(text, words[i]) && !QuestionForms.Indirect.IsMatch(text, words, i))
            {
                continue;
            }

            // Inside a declarative sentence, "..., which is clunky" and "... but didn't love it" are not questions.
            var form = sentenceInitial ? QuestionStrictness.SentenceStart
                : asked || !punctuated ? QuestionStrictness.Any : QuestionStrictness.MidSentence;
            clauseStart = false;
            sentenceInitial = false;
            if (QuestionStartRules.IsQuestionStart(text, words, i, to, asked || !punctuated, form))
            {
                // "can I keep it or do I rebuild?" offers two answers to one question; "what does it cost, is it
                // extra?" restates it: either way the sentence's first question already counted.
                if (found > 0 && ContinuesPreviousQuestion(text, words, from, i))
                {
                    continue;
                }

                (starts ??= []).Add(words[i].Start);
                found++;
                lastStart = i;
            }
        }

        if (found == 0 && (asked || EndsWithTag(text, words, from, to) || EndsWithAmountAsk(text, words, from, to)) && !IsLoneOpener(text, words, from, to) && !UncertainAnswer.Is(text, words, from, to))
        {
            (starts ??= []).Add(words[from].Start);
        }
    }

    /// <summary>
    /// A statement closed by a tag that asks for confirmation: "it syncs with Drive, doesn't it", "it's per seat, right"
    /// (not a one-word reaction: "shocking, right"), or, said without the comma, "the driver signs on his phone right"
    /// (not a judgment: "sixty a week is about right", "it just isn't right").
    /// </summary>
    private static bool EndsWithTag(string text, ReadOnlySpan<SpokenWord> words, int from, int to) =>
        to - from >= 4
        && ((words[to - 3].EndsClause
                && QuestionForms.IsAuxiliary(text, words[to - 2]) && words[to - 2].In(text).EndsWith("n't", StringComparison.OrdinalIgnoreCase)
                && QuestionForms.TagPronouns.Contains(text, words[to - 1]))
            || (words[to - 1].Is(text, "right")
                && (words[to - 2].EndsClause || (!QuestionForms.JudgedRight.Contains(text, words[to - 2]) && !FollowsDoingVerb(text, words, from, to - 1)))));

    /// <summary>"get the templates right", "set it up right": a verb a few words before "right" makes it a manner.</summary>
    private static bool FollowsDoingVerb(string text, ReadOnlySpan<SpokenWord> words, int from, int right)
    {
        for (var k = Math.Max(from, right - 4); k < right; k++)
        {
            if (QuestionForms.DoneRightVerbs.Contains(text, words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An amount asked where the answer would go, as learners of English ask it: "Essentials is how much per month.",
    /// "for ten users, how much it is.", "For small office, how much." The "how much/many" opens the sentence's last
    /// clause or follows a copula, and at most three words follow it, so "it depends how much we send" and "I know
    /// how much it costs us every month" stay statements.
    /// </summary>
    private static bool EndsWithAmountAsk(string text, ReadOnlySpan<SpokenWord> words, int from, int to)
    {
        for (var k = Math.Max(from, to - 5); k + 1 < to; k++)
        {
            if (!words[k].Is(text, "how") || words[k].EndsClause || !(words[k + 1].Is(text, "much") || words[k + 1].Is(text, "many")))
            {
                continue;
            }

            var opensClause = k == from || words[k - 1].EndsClause || words[k - 1].Is(text, "is") || words[k - 1].Is(text, "are");
            for (var t = k + 1; t < to - 1; t++)
            {
                if (words[t].EndsClause)
                {
                    return false; // the clause goes on past the amount: "how much, and when"
                }
            }

            return opensClause;
        }

        return false;
    }

    /// <summary>
    /// An auxiliary before a subject pronoun and a verb or complement ("does yours sync", "can you send") inside an
    /// unpunctuated run, where the word before it cannot be the auxiliary's own subject or introduce a clause
    /// ("if it is", "what we can", "the thing is it").
    /// </summary>
    private static bool IsInversionAfterStatement(string text, ReadOnlySpan<SpokenWord> words, int i, int to)
    {
        // Most words are no auxiliary: ask that first, before the lookups around it.
        if (i == 0 || i + 2 >= to || !QuestionForms.IsAuxiliary(text, words[i]))
        {
            return false;
        }

        var (before, word, subject) = (words[i - 1], words[i], words[i + 1]);
        var inWhPhrase = QuestionForms.WhModifiers.Contains(text, before) && i >= 2 && QuestionForms.WhWords.Contains(text, words[i - 2]);
        // "can the subs sign", "would the price change": a determiner is a subject only after a modal, since "is the",
        // "does the" and "do the" also continue statements ("the issue is the price", "appfolio does its own thing").
        // "can that be raised": after a modal, a demonstrative is its subject too ("we can that" is no statement).
        var determinerSubject = (QuestionForms.Determiners.Contains(text, subject) || QuestionForms.Demonstratives.Contains(text, subject))
            && IsDeterminerInversion(text, word);
        return !inWhPhrase
            && (QuestionForms.InvertedSubjects.Contains(text, subject) || determinerSubject)
            && !QuestionForms.NotSubjects.Contains(text, words[i + 2])
            && !ContinuesStatement(text, before)
            && !QuestionForms.IsAuxiliary(text, before) && !QuestionForms.WhWords.Contains(text, before);
    }

    /// <summary>
    /// A run that ends on an auxiliary and its subject pronoun asks back about what it just said: "if it isn't we can't
    /// use it is it", "it syncs with drive doesn't it" (speech without punctuation only). Not an echo ("so do we",
    /// "this is it"), nor "did it" / "have you" where the pronoun is an object ("we finally did it").
    /// </summary>
    private static bool IsClosingInversion(string text, ReadOnlySpan<SpokenWord> words, int from, int i, int to)
    {
        if (i != to - 2 || i - from < 2)
        {
            return false;
        }

        var (before, word, subject) = (words[i - 1], words[i], words[i + 1]);
        if (!QuestionForms.IsAuxiliary(text, word) || QuestionForms.HaveAuxiliaries.Contains(text, word)
            || !QuestionForms.InvertedSubjects.Contains(text, subject)
            || QuestionForms.EchoHeads.Contains(text, before) || QuestionForms.IsAuxiliary(text, before))
        {
            return false;
        }

        var objectPronoun = subject.Is(text, "it") || subject.Is(text, "there");
        return !(objectPronoun && QuestionForms.DoAuxiliaries.Contains(text, word));
    }

    private static bool IsDeterminerInversion(string text, SpokenWord auxiliary) =>
        auxiliary.Is(text, "can") || auxiliary.Is(text, "could") || auxiliary.Is(text, "will")
        || auxiliary.Is(text, "would") || auxiliary.Is(text, "should");

    /// <summary>
    /// A wh-word with an inverted auxiliary ("why would I switch", "how much does it cost", "what's the earliest")
    /// inside an unpunctuated run, unless it follows a verb of knowing or a clause head ("I know what we can do").
    /// </summary>
    private static bool IsWhQuestionAfterStatement(string text, ReadOnlySpan<SpokenWord> words, int i, int to)
    {
        var word = words[i];
        var contraction = QuestionForms.WhContractions.Contains(text, word);
        if (i == 0 || i + 2 >= to || !(contraction || QuestionForms.WhWords.Contains(text, word))
            || ContinuesStatement(text, words[i - 1]) || QuestionForms.KnowingVerbs.Contains(text, words[i - 1]))
        {
            return false;
        }

        if (contraction)
        {
            return QuestionForms.Determiners.Contains(text, words[i + 1]) || QuestionForms.InvertedSubjects.Contains(text, words[i + 1]);
        }

        if (!QuestionForms.WhWords.Contains(text, word) || QuestionStartRules.IsRelativeWhich(text, words, i, to))
        {
            return false;
        }

        var k = QuestionForms.WhModifiers.Contains(text, words[i + 1]) ? i + 2 : i + 1;
        if (k + 1 >= to || !QuestionForms.IsAuxiliary(text, words[k]))
        {
            return false;
        }

        var subject = words[k + 1];
        return QuestionForms.InvertedSubjects.Contains(text, subject) || QuestionForms.Determiners.Contains(text, subject)
            || QuestionForms.Demonstratives.Contains(text, subject)
            || (QuestionForms.QuestionOnlyWhWords.Contains(text, word) && IsNounSubject(text, words[k], subject));
    }

    /// <summary>
    /// "what does enterprise cost", "what would six seats run us": after "do" or a modal (not "is" or "have", which also
    /// take complements), a word that is no verb, filler or pronoun is the subject of the inverted question.
    /// </summary>
    private static bool IsNounSubject(string text, SpokenWord auxiliary, SpokenWord subject) =>
        !QuestionForms.Copulas.Contains(text, auxiliary) && !QuestionForms.HaveAuxiliaries.Contains(text, auxiliary)
        && !QuestionForms.BaseVerbs.Contains(text, subject) && !QuestionForms.NotSubjects.Contains(text, subject)
        && !QuestionForms.Subjects.Contains(text, subject) && !QuestionForms.SubjectContractions.Contains(text, subject)
        && !QuestionForms.WhWords.Contains(text, subject) && !QuestionForms.IsAuxiliary(text, subject);

    /// <summary>A word after which an auxiliary or wh-word goes on with the statement: a clause head or a subject.</summary>
    private static bool ContinuesStatement(string text, SpokenWord before) =>
        QuestionForms.ClauseHeads.Contains(text, before) || QuestionForms.Subjects.Contains(text, before)
        || QuestionForms.SubjectContractions.Contains(text, before);

    /// <summary>
    /// Whether the clause holding word <paramref name="i"/> follows the previous one with "or" or with only a comma
    /// (no "and", "also" or "then" that would add a question of its own).
    /// </summary>
    private static bool ContinuesPreviousQuestion(string text, ReadOnlySpan<SpokenWord> words, int from, int i)
    {
        for (var k = i - 1; k >= from; k--)
        {
            if (words[k].EndsClause || words[k].Is(text, "or"))
            {
                return true;
            }

            if (!QuestionForms.Openers.Contains(text, words[k]) || QuestionForms.Joiners.Contains(text, words[k]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsLoneOpener(string text, ReadOnlySpan<SpokenWord> words, int from, int to) =>
        to - from == 1 && QuestionForms.Openers.Contains(text, words[from]);

    /// <summary>Whether the transcriber punctuates at all; without punctuation every clause is read leniently.</summary>
    private static bool HasPunctuation(ReadOnlySpan<SpokenWord> words)
    {
        // Speech-to-text that only closes turns with periods leaves its questions unmarked: only commas or question
        // marks show that the transcriber punctuates within sentences.
        foreach (var word in words)
        {
            if (word.After is SpokenBreak.Clause or SpokenBreak.Question)
            {
                return true;
            }
        }

        return false;
    }
}
