using System.Globalization;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// The daily spend limit: a day is a calendar day in <c>Timers:TimeZone</c> (UTC by default). Once today's paid calls
/// reach <c>Llm:DailyBudgetUsd</c>, sessions are analyzed by rules only until the next day.
/// </summary>
public sealed class LlmBudget(ILlmCallStore calls, IOptions<LlmOptions> options, IOptions<TimerOptions> timers, TimeProvider time)
{
    public string Today() => TimeZoneInfo.ConvertTime(time.GetUtcNow(), timers.Value.ResolveTimeZone()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public double Limit => options.Value.DailyBudgetUsd;

    public Task<double> SpentTodayAsync(CancellationToken cancellationToken) => calls.SpentOnAsync(Today(), cancellationToken);

    public async Task<bool> IsExhaustedAsync(CancellationToken cancellationToken) =>
        await SpentTodayAsync(cancellationToken).ConfigureAwait(false) >= Limit;
}
