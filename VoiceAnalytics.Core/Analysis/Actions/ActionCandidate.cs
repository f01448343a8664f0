using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Actions;

/// <summary>An action item before it gets its tracking id and priority.</summary>
/// <param name="Position">Where in the call it was agreed (turn index), for ordering.</param>
/// <param name="IsBooking">A booked meeting: never merged into another item.</param>
internal sealed record ActionCandidate(
    string Kind, string Owner, string Description, DateOnly? DueDate, double Confidence, Evidence Evidence, int Position, bool IsBooking = false);
