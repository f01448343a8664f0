using System.Text.Json;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// The result of an analyzer that ran over its time budget and was cancelled: in the report it stands under the
/// analyzer's name as <c>{ "status": "timed_out", "budget_ms": 10000 }</c>. Later stages and sinks read results by
/// type (<c>Get&lt;T&gt;()</c>), so for them the analyzer simply has no result; it is checkpointed like any result,
/// so a retry does not spend the budget again.
/// </summary>
public sealed record AnalyzerTimedOut(string Status, long BudgetMs)
{
    public const string TimedOutStatus = "timed_out";

    public static AnalyzerTimedOut After(TimeSpan budget) => new(TimedOutStatus, (long)Math.Max(0, budget.TotalMilliseconds));

    /// <summary>The timed-out marker if <paramref name="json"/> is one (a stored checkpoint or report result), else null.</summary>
    public static AnalyzerTimedOut? TryRead(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object
            || !json.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.String || status.GetString() != TimedOutStatus
            || !json.TryGetProperty("budget_ms", out var budget) || !budget.TryGetInt64(out var ms))
        {
            return null;
        }

        var properties = 0;
        foreach (var _ in json.EnumerateObject())
        {
            properties++;
        }

        return properties == 2 ? new AnalyzerTimedOut(TimedOutStatus, ms) : null;
    }

    /// <summary><see cref="TryRead(JsonElement)"/> of a JSON text.</summary>
    public static AnalyzerTimedOut? TryRead(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!json.Contains(TimedOutStatus, StringComparison.Ordinal))
        {
            return null; // the usual case: a real result, not parsed twice
        }

        using var document = JsonDocument.Parse(json);
        return TryRead(document.RootElement);
    }
}
