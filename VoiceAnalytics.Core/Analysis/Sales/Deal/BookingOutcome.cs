using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// What a book_sales_meeting call returned. It failed when the output is flagged <c>is_error</c>, says
/// <c>"success": false</c> or carries an error, or is plain text reporting a failure; with no output it did not succeed.
/// </summary>
internal sealed record BookingOutcome(bool Succeeded, string? MeetingLink, string? CalendarEventId, string? Error)
{
    private static readonly string[] FailureWords = ["fail", "error", "unable", "could not", "couldn't", "unavailable", "not available"];

    public static BookingOutcome Read(ToolExchange exchange)
    {
        if (exchange.Output is not { } output)
        {
            return new BookingOutcome(false, null, null, "The booking call returned no output.");
        }

        if (output.IsError)
        {
            return new BookingOutcome(false, null, null, output.Output);
        }

        if (!output.Output.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            return FromText(output.Output); // plain text: parsing it would only throw, and a throw costs more than the rest of the call
        }

        try
        {
            using var document = JsonDocument.Parse(output.Output);
            return document.RootElement.ValueKind == JsonValueKind.Object ? FromJson(document.RootElement, output.Output) : FromText(output.Output);
        }
        catch (JsonException)
        {
            return FromText(output.Output);
        }
    }

    private static BookingOutcome FromJson(JsonElement root, string raw)
    {
        var success = root.TryGetProperty("success", out var s) && s.ValueKind is JsonValueKind.True or JsonValueKind.False ? s.GetBoolean() : (bool?)null;
        var status = Text(root, "status");
        var error = Text(root, "error") ?? Text(root, "error_message");
        var failed = success == false || error is not null
            || string.Equals(status, "failed", StringComparison.OrdinalIgnoreCase) || string.Equals(status, "error", StringComparison.OrdinalIgnoreCase);
        return failed
            ? new BookingOutcome(false, null, null, error ?? Text(root, "message") ?? raw)
            : new BookingOutcome(true, Text(root, "meeting_link"), Text(root, "calendar_event_id"), null);
    }

    private static BookingOutcome FromText(string raw)
    {
        var failed = FailureWords.Any(w => raw.Contains(w, StringComparison.OrdinalIgnoreCase));
        return new BookingOutcome(!failed, null, null, failed ? raw : null);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
