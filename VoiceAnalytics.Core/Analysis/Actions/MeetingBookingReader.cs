using System.Text.Json;
using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Analysis.Actions;

/// <summary>
/// A successful <c>book_sales_meeting</c> call is a sales follow-up due on the meeting date. Success is read from the
/// output: not <c>is_error</c>, no <c>"success": false</c>, no failure wording in a plain-text output.
/// </summary>
internal static partial class MeetingBookingReader
{
    public const string ToolName = "book_sales_meeting";

    public static IEnumerable<ActionCandidate> Read(Conversation conversation, DateOnly today)
    {
        foreach (var exchange in conversation.Tools)
        {
            if (!string.Equals(exchange.Name, ToolName, StringComparison.Ordinal) || !Succeeded(exchange.Output, conversation.Shared(ToolOutputs.Read)))
            {
                continue;
            }

            var (date, time) = ReadArguments(exchange.Call.Arguments);
            var due = DueDateResolver.Resolve(date, today) ?? DueDateResolver.Resolve(exchange.Output!.Output, today);
            var description = "Sales meeting" + (date is null ? "" : " " + date) + (time is null ? "" : " at " + time);
            yield return new ActionCandidate(
                ActionKinds.SalesFollowUp, ActionOwners.Sales, description, due, 0.95, Confirmation(conversation, exchange), exchange.TurnIndex + 1, IsBooking: true);
        }
    }

    public static bool Succeeded(FunctionCallOutputItem? output) => Succeeded(output, null);

    /// <summary>As <see cref="Succeeded(FunctionCallOutputItem?)"/>, the JSON read from the session's one parse when given.</summary>
    private static bool Succeeded(FunctionCallOutputItem? output, ToolOutputs? outputs)
    {
        if (output is null || output.IsError)
        {
            return false;
        }

        // JSON when it parses; text otherwise (also text that only looks like JSON)
        if (ToolOutputs.ObjectOf(outputs, output) is { } root)
        {
            return !(Is(root, "success", JsonValueKind.False) || Is(root, "is_error", JsonValueKind.True) || root.TryGetProperty("error", out _));
        }

        return !FailureText().IsMatch(output.Output);
    }

    private static bool Is(JsonElement root, string name, JsonValueKind kind) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == kind;

    private static (string? Date, string? Time) ReadArguments(string arguments)
    {
        try
        {
            using var doc = JsonDocument.Parse(arguments);
            var root = doc.RootElement;
            return root.ValueKind != JsonValueKind.Object
                ? (null, null)
                : (StringArgument(root, "preferred_date") ?? StringArgument(root, "date"), StringArgument(root, "preferred_time") ?? StringArgument(root, "preferred_time_window") ?? StringArgument(root, "time"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? StringArgument(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;

    /// <summary>The agent's confirmation right after the booking, else the call's arguments.</summary>
    private static Evidence Confirmation(Conversation conversation, ToolExchange exchange)
    {
        var next = exchange.TurnIndex + 1;
        return next < conversation.Turns.Count && conversation.Turns[next].IsAssistant
            ? Evidence.Sentence(conversation.Turns[next], 0)
            : new Evidence(exchange.Call.Arguments, exchange.Call.Id, 0, exchange.Call.Arguments.Length);
    }

    [GeneratedRegex(@"\b(?:fail\w*|error|unavailable|not\s+available|could\s+not|couldn['’]?t|unable|no\s+available)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FailureTextPattern();

    private static GuardedRegex? FailureTextGuarded;

    private static GuardedRegex FailureText() => FailureTextGuarded ??= new(FailureTextPattern());
}
