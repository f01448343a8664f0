using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales;

/// <summary>
/// Finds the dates the user speaks of and what each is about. Left out: past dates, negated ones ("not this
/// quarter"), and meeting slots (a time of day, or an answer to "what time works?" with no decision words).
/// </summary>
internal static class DatedStatementFinder
{
    public static List<DatedStatement> Find(Conversation conversation, IReadOnlyList<ScannedTurn> turns, DateOnly reference)
    {
        var found = new List<DatedStatement>();
        foreach (var (turn, scan) in turns)
        {
            var mentions = RelativeDates.FindAll(turn.Text, reference);
            if (mentions.Count == 0)
            {
                continue;
            }

            var prompt = conversation.PreviousAssistant(turn) is { } asked && TimelineCues.SchedulingPrompt().IsMatch(asked.Text);
            foreach (var mention in mentions)
            {
                if (!mention.IsPast && !DealText.IsNegatedBefore(turn.Text, mention.Start, reach: 1)
                    && Classify(scan, mention, prompt) is { } topic)
                {
                    var clause = DealText.ClauseStart(turn.Text, mention.Start);
                    var ownPlan = TimelineCues.OwnPlan().IsMatch(turn.Text.AsSpan(clause, mention.Start - clause));
                    found.Add(new DatedStatement(turn, mention, topic, ownPlan));
                }
            }
        }

        return found;
    }

    private static DateTopic? Classify(ScannedText scan, DateMention mention, bool schedulingPrompt)
    {
        var at = mention.Start + (mention.Length / 2); // inside the expression, whichever sentence split applies
        var decision = scan.MatchesInSentence(TimelineCues.DecisionCue, at);
        var purchase = !decision && scan.MatchesInSentence(TimelineCues.CommitmentCue, at);
        if (!decision && !purchase && (schedulingPrompt || scan.MatchesInSentence(TimelineCues.TimeOfDayCue, at)))
        {
            return null; // "next tuesday at 2pm works": a meeting slot
        }

        return decision ? DateTopic.Decision
            : purchase ? DateTopic.Purchase
            : scan.MatchesInSentence(TimelineCues.NeedCue, at) ? DateTopic.Need
            : null;
    }
}
