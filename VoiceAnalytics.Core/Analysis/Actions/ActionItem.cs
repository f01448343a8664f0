using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Actions;

/// <summary>A follow-up agreed in the call.</summary>
/// <param name="Id">Tracking id, stable for a session: <c>{session_id}-ai-{n}</c>.</param>
/// <param name="Kind">One of <see cref="ActionKinds"/>.</param>
/// <param name="Owner">One of <see cref="ActionOwners"/>.</param>
/// <param name="DueDate">When one was stated, read against the session's start time.</param>
/// <param name="Priority">high (due within a day) | medium (within a week, or an undated promise to the customer) | low.</param>
public sealed record ActionItem(
    string Id,
    string Kind,
    string Owner,
    string Description,
    DateOnly? DueDate,
    string Priority,
    double Confidence,
    Evidence Evidence);
