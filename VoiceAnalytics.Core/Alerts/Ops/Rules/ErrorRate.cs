namespace VoiceAnalytics.Core.Alerts.Ops.Rules;

/// <summary>Failed calls over calls in a window, with a few of the latest reasons for the alert's context.</summary>
public sealed record ErrorRate(int Calls, int Failed, double Percent, IReadOnlyList<string> RecentErrors)
{
    private const int MaxReasons = 5;

    public static async Task<ErrorRate> MeasureAsync(CallOutcomeReader calls, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        var outcomes = await calls.ReadAsync(now - window, now, cancellationToken).ConfigureAwait(false);
        var failed = outcomes.Where(o => o.IsError).ToList();
        var percent = outcomes.Count == 0 ? 0 : Math.Round(100.0 * failed.Count / outcomes.Count, 1);
        return new ErrorRate(outcomes.Count, failed.Count, percent, [.. failed.Select(o => o.Error!).Distinct(StringComparer.Ordinal).Take(MaxReasons)]);
    }

    public Dictionary<string, object?> Context(TimeSpan window, double thresholdPercent) => new()
    {
        ["error_rate_percent"] = Percent,
        ["threshold_percent"] = thresholdPercent,
        ["window_minutes"] = window.TotalMinutes,
        ["calls"] = Calls,
        ["failed_calls"] = Failed,
        ["recent_errors"] = RecentErrors,
    };
}
