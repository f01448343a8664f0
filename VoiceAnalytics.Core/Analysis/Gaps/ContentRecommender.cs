namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>
/// The articles to write: one per failed search, unanswered question or repeat, ordered by the priority of its topic,
/// without duplicate subjects, at most ten.
/// </summary>
internal static class ContentRecommender
{
    private const int Limit = 10;

    public static List<ContentRecommendation> Recommend(
        List<TopicGap> topics,
        List<FailedSearch> failed,
        List<UnansweredQuestion> unanswered,
        List<RepeatedQuestion> repeated,
        TopicMemo memo)
    {
        var candidates = new List<(string Topic, string ContentType, string Subject, string Source)>();
        candidates.AddRange(failed.Select(f => (f.Topic, f.ContentType, f.Query, "failed_search")));
        candidates.AddRange(unanswered.Select(u => (u.Topic, memo.ContentType(u.Question), u.Question, "unanswered_question")));
        candidates.AddRange(repeated.Select(r => (r.Topic, memo.ContentType(r.Question), r.Question, "repeated_question")));
        return
        [
            .. candidates
                .Where(c => c.Subject.Length > 0)
                .DistinctBy(c => c.Subject, StringComparer.OrdinalIgnoreCase)
                .Select((c, order) => (c, order, Rank: topics.Find(t => t.Topic == c.Topic)?.Priority ?? int.MaxValue))
                .OrderBy(x => x.Rank)
                .ThenBy(x => x.order)
                .Take(Limit)
                .Select((x, i) => new ContentRecommendation(i + 1, x.c.Topic, x.c.ContentType, x.c.Subject, x.c.Source)),
        ];
    }
}
