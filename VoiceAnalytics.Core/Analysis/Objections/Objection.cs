using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>An objection the user raised.</summary>
/// <param name="Category">pricing | features | timing | trust | competitor | integration | other.</param>
/// <param name="Severity">blocker (stops the deal as it stands) | concern.</param>
/// <param name="Status">resolved (the agent answered and the user accepted) | outstanding.</param>
/// <param name="Priority">1 = handle first: blockers before concerns, outstanding before resolved.</param>
/// <param name="Trigger">The cue phrase that gave the objection away.</param>
/// <param name="Resolution">The user's acceptance when resolved, else null.</param>
public sealed record Objection(
    string Category,
    string Severity,
    string Status,
    int Priority,
    string Trigger,
    double Confidence,
    Evidence Evidence,
    Evidence? Resolution);
