namespace VoiceAnalytics.Core.Analysis.Actions;

/// <summary>
/// Spec 3.8 Action Item Extractor: successful meeting bookings (<see cref="MeetingBookingReader"/>), the agent's
/// promises and accepted offers (<see cref="AgentFollowUpFinder"/>) and the user's commitments and requests
/// (<see cref="UserActionFinder"/>). Due dates are read against the session's start date.
/// </summary>
public sealed class ActionItemsAnalyzer : Analyzer<ActionItemsReport>
{
    public override string Name => "action_items";

    public override int Version => 1;

    public override AnalyzerStage Stage => AnalyzerStage.FanOut;

    public override ActionItemsReport Analyze(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var session = input.Session;
        var conversation = input.Conversation;
        var today = DateOnly.FromDateTime(session.StartTime.DateTime);
        var bookings = MeetingBookingReader.Read(conversation, today).ToList();
        var candidates = bookings
            .Concat(AgentFollowUpFinder.Find(conversation, today, bookings.Count > 0))
            .Concat(UserActionFinder.Find(conversation, today))
            .OrderBy(c => c.Position)
            .ToList();
        var items = new List<ActionItem>();
        foreach (var c in Distinct(candidates))
        {
            items.Add(new ActionItem($"{session.SessionId}-ai-{items.Count + 1}", c.Kind, c.Owner, c.Description, c.DueDate, Priority(c, today), c.Confidence, c.Evidence));
        }

        return new ActionItemsReport
        {
            Items = items,
            Owners = [.. items.Select(i => i.Owner).Distinct().Order(StringComparer.Ordinal)],
            NextDueDate = items.Where(i => i.DueDate is not null).Min(i => i.DueDate),
        };
    }

    /// <summary>
    /// An offer and the promise that confirms it, or the agent repeating a team's follow-up at the end of the call
    /// ("and support will follow up on the sync issue"), are one item, not two.
    /// </summary>
    private static List<ActionCandidate> Distinct(List<ActionCandidate> candidates)
    {
        var kept = new List<ActionCandidate>(candidates.Count);
        foreach (var c in candidates)
        {
            if (c.Owner == ActionOwners.User || c.IsBooking || c.Kind == ActionKinds.DemoRequest || !kept.Exists(k => IsRestatement(k, c)))
            {
                kept.Add(c);
            }
        }

        return kept;
    }

    private static bool IsRestatement(ActionCandidate earlier, ActionCandidate later) =>
        earlier.Owner == later.Owner && earlier.Kind != ActionKinds.DemoRequest
        && ((earlier.Kind == later.Kind && !earlier.IsBooking) || later.Position - earlier.Position <= 2);

    private static string Priority(ActionCandidate c, DateOnly today) => c.DueDate is { } due
        ? due.DayNumber - today.DayNumber <= 1 ? "high" : due.DayNumber - today.DayNumber <= 7 ? "medium" : "low"
        : c.Owner is ActionOwners.Sales or ActionOwners.Support ? "medium" : "low";
}
