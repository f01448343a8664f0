using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// Finds clear changes of sentiment between consecutive user turns and names what happened in between: a failed tool
/// or booking, a search that found nothing, a booking that worked, an agent the user cut off, or simply the agent's reply.
/// </summary>
public static class ShiftFinder
{
    private const double ClearShift = 0.5;
    private const int MaxQuote = 200;

    public static IReadOnlyList<SentimentShift> Find(Conversation conversation, IReadOnlyList<ScoredTurn> turns)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(turns);
        var shifts = new List<SentimentShift>();
        for (var k = 1; k < turns.Count; k++)
        {
            var delta = turns[k].Score - turns[k - 1].Score;
            if (Math.Abs(delta) < ClearShift)
            {
                continue;
            }

            var before = turns[k - 1].Turn.Index;
            var after = turns[k].Turn.Index;
            var agent = conversation.PreviousAssistant(turns[k].Turn);
            var quote = agent is { } a && a.Index > before ? Evidence.From(a, 0, Math.Min(MaxQuote, a.Text.Length)) : null;
            shifts.Add(new SentimentShift(turns[k].Turn.ItemId, delta > 0 ? "up" : "down", Math.Round(delta, 3), Cause(conversation, before, after), quote));
        }

        return shifts;
    }

    private static string Cause(Conversation conversation, int before, int after)
    {
        var tools = conversation.Tools.Where(t => t.TurnIndex >= before && t.TurnIndex < after).ToList();
        var outcomes = tools.Select(t => (t.Name, Result: ToolOutcomes.Of(conversation, t))).ToList();
        if (outcomes.Exists(o => o.Name == ToolOutcomes.Booking && o.Result == ToolResult.Failed))
        {
            return "booking_failed";
        }

        if (outcomes.Exists(o => o.Result == ToolResult.Failed))
        {
            return "tool_error";
        }

        if (outcomes.Exists(o => o.Result == ToolResult.NoResults))
        {
            return "search_no_results";
        }

        if (outcomes.Exists(o => o.Name == ToolOutcomes.Booking && o.Result == ToolResult.Success))
        {
            return "booking_succeeded";
        }

        for (var i = before + 1; i < after; i++)
        {
            if (conversation.Turns[i] is { IsAssistant: true, Interrupted: true })
            {
                return "agent_interrupted";
            }
        }

        return "agent_reply";
    }
}
