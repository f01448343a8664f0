using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// Finds the questions in an utterance by their form, since transcripts may lack question marks: an auxiliary before
/// its subject ("does it", "can we"), a wh-word before an auxiliary ("how do I", "what's"), a wrapped question ("I was
/// wondering if"), or a sentence that ends with '?'. A clause holds at most one question; a conjunction or comma can
/// open another ("is it secure, and can we ...").
/// </summary>
public static class QuestionDetector
{
    /// <summary>The character offsets where the questions of <paramref name="text"/> start.</summary>
    public static IReadOnlyList<int> Find(string text) => Find(text, SpeechTokenizer.Words(text));

    public static IReadOnlyList<int> Find(string text, IReadOnlyList<SpokenWord> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        List<int>? starts = null;
        var punctuated = HasPunctuation(words);
        var sentenceStart = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].EndsSentence || i == words.Count - 1)
            {
                FindInSentence(text, words, sentenceStart, i + 1, punctuated, ref starts);
                sentenceStart = i + 1;
            }
        }

        return starts ?? (IReadOnlyList<int>)[];
    }

    public static int Count(string text) => Find(text).Count;

    private static void FindInSentence(string text, IReadOnlyList<SpokenWord> words, int from, int to, bool punctuated, ref List<int>? starts)
    {
        var asked = words[to - 1].After == SpokenBreak.Question;
        var found = 0;
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
                clauseStart = QuestionForms.Joiners.Contains(text, words[i]);
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
                (starts ??= []).Add(words[i].Start);
                found++;
            }
        }

        if (found == 0 && asked && !IsLoneOpener(text, words, from, to))
        {
            (starts ??= []).Add(words[from].Start);
        }
    }

    private static bool IsLoneOpener(string text, IReadOnlyList<SpokenWord> words, int from, int to) =>
        to - from == 1 && QuestionForms.Openers.Contains(text, words[from]);

    /// <summary>Whether the transcriber punctuates at all; without punctuation every clause is read leniently.</summary>
    private static bool HasPunctuation(IReadOnlyList<SpokenWord> words)
    {
        foreach (var word in words)
        {
            if (word.EndsClause)
            {
                return true;
            }
        }

        return false;
    }
}
