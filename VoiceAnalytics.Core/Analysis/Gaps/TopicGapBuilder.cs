namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>Adds up questions, failed searches, unanswered and repeated questions per topic and ranks the gaps.</summary>
internal static class TopicGapBuilder
{
    private const string Troubleshooting = "troubleshooting";

    public static List<TopicGap> Build(
        List<UserQuestion> questions,
        List<FailedSearch> failed,
        List<UnansweredQuestion> unanswered,
        List<RepeatedQuestion> repeated,
        TopicMemo memo)
    {
        var tallies = new List<Tally>();
        foreach (var q in questions)
        {
            var text = q.Text;
            For(tallies, memo.Topic(text), memo.ContentType(text)).Questions++;
        }

        foreach (var f in failed)
        {
            var tally = For(tallies, f.Topic, f.ContentType);
            if (f.Reason == FailedSearchBuilder.ToolError)
            {
                tally.Errors++;
            }
            else
            {
                tally.Failed++;
            }
        }

        foreach (var u in unanswered)
        {
            For(tallies, u.Topic, memo.ContentType(u.Question)).Unanswered++;
        }

        foreach (var r in repeated)
        {
            For(tallies, r.Topic, memo.ContentType(r.Question)).Repeats++;
        }

        var ranked = tallies
            .OrderByDescending(t => t.Score)
            .ThenByDescending(t => t.Questions)
            .ThenBy(t => t.Topic, StringComparer.Ordinal)
            .Select((t, i) => new TopicGap(
                t.Topic, t.Questions, t.Failed, t.Errors, t.Unanswered, t.Repeats, t.Score, i + 1,
                t.Troubleshooting ? Troubleshooting : "guide", t.Gap > 0));
        return [.. ranked];
    }

    private static Tally For(List<Tally> tallies, string topic, string contentType)
    {
        var tally = tallies.Find(t => t.Topic == topic);
        if (tally is null)
        {
            tally = new Tally(topic);
            tallies.Add(tally);
        }

        tally.Troubleshooting |= contentType == Troubleshooting;
        return tally;
    }

    private sealed class Tally(string topic)
    {
        public string Topic { get; } = topic;

        public bool Troubleshooting { get; set; }

        public int Questions { get; set; }

        public int Failed { get; set; }

        public int Errors { get; set; }

        public int Unanswered { get; set; }

        public int Repeats { get; set; }

        /// <summary>Unanswered questions weigh most: the user left without an answer.</summary>
        public int Gap => (3 * Unanswered) + (2 * (Failed + Errors + Repeats));

        public int Score => Gap + (Gap > 0 ? Questions : 0);
    }
}
