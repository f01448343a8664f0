using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Dates;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>The sales meeting from the book_sales_meeting calls: the last success, else the last failed attempt.</summary>
internal static class MeetingExtractor
{
    public const string ToolName = "book_sales_meeting";

    public static MeetingDetails? Extract(Conversation conversation, DateOnly reference)
    {
        (ToolExchange Exchange, BookingOutcome Outcome)? chosen = null;
        var attempts = 0;
        foreach (var exchange in conversation.Tools)
        {
            if (!exchange.Name.Equals(ToolName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            attempts++;
            var outcome = BookingOutcome.Read(exchange);
            if (outcome.Succeeded || chosen is not { Outcome.Succeeded: true })
            {
                chosen = (exchange, outcome);
            }
        }

        if (chosen is not { } booking)
        {
            return null;
        }

        var arguments = booking.Exchange.Call.ParsedArguments();
        var preferredDate = Argument(arguments, "preferred_date");
        return new MeetingDetails
        {
            Booked = booking.Outcome.Succeeded,
            Attempts = attempts,
            CustomerName = Argument(arguments, "customer_name"),
            CustomerEmail = Argument(arguments, "customer_email"),
            PreferredDate = preferredDate,
            PreferredTime = Argument(arguments, "preferred_time"),
            ResolvedDate = preferredDate is null ? null : RelativeDates.FindFirst(preferredDate, reference)?.From,
            MeetingLink = booking.Outcome.MeetingLink,
            CalendarEventId = booking.Outcome.CalendarEventId,
            Error = booking.Outcome.Error,
            Confirmation = conversation.NextAssistantAfter(booking.Exchange.TurnIndex) is { } reply ? Evidence.From(reply, 0, reply.Text.Length) : null,
        };
    }

    private static string? Argument(JsonElement? arguments, string name) =>
        arguments is { } args && args.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
