using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>
/// Thresholds and windows of the operational alerts (data-flow spec 7.1 and 7.2), section <c>Alerts:Ops</c>.
/// Defaults are the spec's figures; where the spec gives none (budget, API failure count, poor connection) the
/// default is ours and says so.
/// </summary>
public sealed class OpsAlertOptions : IValidatableObject
{
    public const string Section = "Alerts:Ops";

    /// <summary>Agent down: no session started or received for this long, during business hours.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AgentDownAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Start of business hours, local time of <see cref="BusinessTimeZone"/>.</summary>
    public TimeSpan BusinessHoursStart { get; set; } = TimeSpan.FromHours(9);

    /// <summary>End of business hours (exclusive), local time.</summary>
    public TimeSpan BusinessHoursEnd { get; set; } = TimeSpan.FromHours(17);

    /// <summary>
    /// Business days, comma separated (<c>Monday,Tuesday</c>). A string rather than a list: the configuration binder
    /// appends configured list items to a default list instead of replacing it.
    /// </summary>
    [Required]
    public string BusinessDays { get; set; } = "Monday,Tuesday,Wednesday,Thursday,Friday";

    /// <summary><see cref="BusinessDays"/> parsed; unknown names are reported by validation.</summary>
    public IReadOnlySet<DayOfWeek> BusinessDaySet =>
        BusinessDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => Enum.TryParse<DayOfWeek>(d, ignoreCase: true, out var day) ? (DayOfWeek?)day : null)
            .OfType<DayOfWeek>()
            .ToHashSet();

    /// <summary>Time zone id of the business hours; empty means <c>Timers:TimeZone</c>.</summary>
    public string? BusinessTimeZone { get; set; }

    /// <summary>Critical error rate: failed sessions / sessions above this percentage over <see cref="CriticalErrorRateWindow"/>.</summary>
    [Range(0, 100)]
    public double CriticalErrorRatePercent { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan CriticalErrorRateWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Elevated error rate (high): above this and up to the critical percentage over <see cref="ElevatedErrorRateWindow"/>.</summary>
    [Range(0, 100)]
    public double ElevatedErrorRatePercent { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ElevatedErrorRateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Fewer sessions than this in the window is too few for a rate (ours: one failed call of two is not 50 %).</summary>
    [Range(1, 100000)]
    public int ErrorRateMinimumSessions { get; set; } = 3;

    /// <summary>Critical latency: average <c>metrics.total_latency_ms</c> above this over <see cref="CriticalLatencyWindow"/>.</summary>
    [Range(1, 600000)]
    public double CriticalLatencyMs { get; set; } = 2000;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan CriticalLatencyWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Sustained latency (high): every slice of <see cref="SustainedLatencyWindow"/> averages above this.</summary>
    [Range(1, 600000)]
    public double SustainedLatencyMs { get; set; } = 1500;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan SustainedLatencyWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Slices of the sustained window that must each be above the threshold (2: both 5-minute halves).</summary>
    [Range(1, 60)]
    public int SustainedLatencySlices { get; set; } = 2;

    /// <summary>Queue backlog: messages waiting in the session queue above this.</summary>
    [Range(0, int.MaxValue)]
    public long QueueBacklogThreshold { get; set; } = 100;

    /// <summary>API failures: at least this many failed deliveries to one sink within <see cref="ApiFailureWindow"/> (ours).</summary>
    [Range(1, 100000)]
    public int ApiFailureThreshold { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ApiFailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Token spike: tokens in <see cref="TokenSpikeWindow"/> above this multiple of the baseline's average per window.</summary>
    [Range(1.0, 1000.0)]
    public double TokenSpikeFactor { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenSpikeWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The trailing period before the spike window whose average is "normal".</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan TokenBaselineWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Cost burn: the last <see cref="CostWindow"/>'s cost, projected to a day, above this budget (USD; ours).</summary>
    [Range(0.01, 10000000)]
    public double DailyBudgetUsd { get; set; } = 100;

    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan CostWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Connection quality: more than this percentage of calls poor over <see cref="ConnectionQualityWindow"/>.</summary>
    [Range(0, 100)]
    public double PoorConnectionPercent { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan ConnectionQualityWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A call is poor at or above this packet loss (%); the spec's target for good is below 1 % (ours: 3).</summary>
    [Range(0, 100)]
    public double PoorPacketLossPercent { get; set; } = 3;

    /// <summary>A call is poor at or above this jitter (ms); the spec's target for smooth audio is below 30 ms (ours: 50).</summary>
    [Range(0, 100000)]
    public double PoorJitterMs { get; set; } = 50;

    /// <summary>Fewer calls with connection figures than this is too few for a percentage.</summary>
    [Range(1, 100000)]
    public int ConnectionQualityMinimumSessions { get; set; } = 5;

    /// <summary>How far back an unsent resolution is still retried.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan NotificationRetryWindow { get; set; } = TimeSpan.FromHours(24);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BusinessHoursStart < TimeSpan.Zero || BusinessHoursEnd > TimeSpan.FromDays(1) || BusinessHoursStart >= BusinessHoursEnd)
        {
            yield return new ValidationResult("Alerts:Ops:BusinessHoursStart must be before BusinessHoursEnd, both within one day (e.g. 09:00 and 17:00).", [nameof(BusinessHoursStart)]);
        }

        if (!string.IsNullOrWhiteSpace(BusinessTimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(BusinessTimeZone, out _))
        {
            yield return new ValidationResult("Alerts:Ops:BusinessTimeZone must be a known time zone id, such as UTC or America/Chicago.", [nameof(BusinessTimeZone)]);
        }

        if (BusinessDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(d => !Enum.TryParse<DayOfWeek>(d, ignoreCase: true, out _) || int.TryParse(d, out _)))
        {
            yield return new ValidationResult("Alerts:Ops:BusinessDays must be day names separated by commas, e.g. Monday,Tuesday,Wednesday,Thursday,Friday.", [nameof(BusinessDays)]);
        }

        if (ElevatedErrorRatePercent >= CriticalErrorRatePercent)
        {
            yield return new ValidationResult("Alerts:Ops:ElevatedErrorRatePercent must be below CriticalErrorRatePercent.", [nameof(ElevatedErrorRatePercent)]);
        }
    }
}
