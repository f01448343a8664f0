using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// The sales meeting the agent tried to book (book_sales_meeting): the successful booking when there is one, else the
/// last attempt with its error. Dates and times are as the agent passed them; <see cref="ResolvedDate"/> reads the
/// date against the session's start.
/// </summary>
public sealed record MeetingDetails
{
    public required bool Booked { get; init; }

    /// <summary>How many book_sales_meeting calls the agent made (a failed slot is often retried).</summary>
    public required int Attempts { get; init; }

    public string? CustomerName { get; init; }

    public string? CustomerEmail { get; init; }

    /// <summary>As spoken, e.g. "next Tuesday", "December 8".</summary>
    public string? PreferredDate { get; init; }

    /// <summary>As spoken, e.g. "2pm", "9am ET".</summary>
    public string? PreferredTime { get; init; }

    public DateOnly? ResolvedDate { get; init; }

    public string? MeetingLink { get; init; }

    public string? CalendarEventId { get; init; }

    /// <summary>Why the booking failed (the tool's error output), or null when it succeeded.</summary>
    public string? Error { get; init; }

    /// <summary>What the assistant said right after the booking call ("You're all set for next Tuesday at 2pm").</summary>
    public Evidence? Confirmation { get; init; }
}
