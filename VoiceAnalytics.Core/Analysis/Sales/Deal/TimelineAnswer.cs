using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// A bare no to the agent asking whether there is a timeline at all ("Do you have a timeframe in mind?" - "Not
/// really."): no timeline, as "there's no timeline" would say. A question that names a period ("are you deciding this
/// month?") or offers a choice asks something else, and a no to it denies only that period.
/// </summary>
internal static class TimelineAnswer
{
    // What a question asks the existence of: a timeline, a deadline, a rush.
    private static readonly string[] TimelineWords =
        ["timeline", "timeframe", "frame", "deadline", "rush", "hurry", "urgent", "urgency", "pressing"];

    // A period or day named in the question: the no denies it, not every timeline.
    private static readonly string[] Periods =
        ["this", "next", "today", "tomorrow", "week", "month", "quarter", "year", "end", "before", "by"];

    public static Evidence? NoTimeline(Conversation conversation, IReadOnlyList<ScannedTurn> turns)
    {
        foreach (var (turn, _) in turns)
        {
            if (PolarReply.Of(turn.Text) == PolarReply.Polarity.No && conversation.PreviousAssistant(turn) is { } asked
                && PolarReply.Question(asked.Text) is { } question && !TimelineCues.AsksForMeeting(question)
                && PolarReply.HasWord(question, TimelineWords) && !PolarReply.HasWord(question, Periods))
            {
                return Evidence.Sentence(turn, 0);
            }
        }

        return null;
    }
}
