namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>
/// A later question whose content words overlap an earlier one (Jaccard &gt;= 0.5 with at least two shared words)
/// is the user asking again, usually because the first answer did not land.
/// </summary>
internal static class RepeatedQuestionFinder
{
    private const double Threshold = 0.5;

    public static List<RepeatedQuestion> Find(List<UserQuestion> questions, TopicMemo memo)
    {
        var found = new List<RepeatedQuestion>();
        if (questions.Count < 2)
        {
            return found;
        }

        var words = questions.ConvertAll(q => QuestionSimilarity.ContentWords(q.Text));
        for (var later = 1; later < questions.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (questions[earlier].Turn.Index == questions[later].Turn.Index || words[later].Count < 2)
                {
                    continue; // a restatement inside one turn is not a repeat
                }

                var similarity = QuestionSimilarity.Jaccard(words[earlier], words[later]);
                if (similarity >= Threshold && SharedCount(words[earlier], words[later]) >= 2)
                {
                    var question = questions[later];
                    found.Add(new RepeatedQuestion(
                        question.Text,
                        memo.Topic(question.Text),
                        Math.Round(similarity, 2),
                        questions[earlier].Evidence,
                        question.Evidence));
                    break;
                }
            }
        }

        return found;
    }

    private static int SharedCount(HashSet<string> a, HashSet<string> b) => a.Count(b.Contains);
}
