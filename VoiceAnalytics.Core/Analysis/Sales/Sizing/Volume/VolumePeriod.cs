namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>A period a volume is counted over, with its per-month factor (LABELS.md: day x22, week x4.33, ...).</summary>
/// <param name="Name">day | week | fortnight | month | quarter | year.</param>
internal sealed record VolumePeriod(string Name, double PerMonth)
{
    public static readonly VolumePeriod Day = new("day", 22);
    public static readonly VolumePeriod Week = new("week", 4.33);
    public static readonly VolumePeriod Fortnight = new("fortnight", 2.17);
    public static readonly VolumePeriod Month = new("month", 1);
    public static readonly VolumePeriod Quarter = new("quarter", 1.0 / 3);
    public static readonly VolumePeriod Year = new("year", 1.0 / 12);

    /// <summary>The period of a <see cref="Name"/>, or null.</summary>
    public static VolumePeriod? Named(string name) => name switch
    {
        "fortnight" => Fortnight,
        _ => FromUnit(name),
    };

    /// <summary>A run of <paramref name="times"/> single periods ("two weeks", "six months"), as a known period where one fits.</summary>
    public static VolumePeriod Multiple(VolumePeriod single, int times) => (single.Name, times) switch
    {
        ("week", 2) => Fortnight,
        ("month", 3) => Quarter,
        ("month", 12) => Year,
        _ => new($"{times} {single.Name}s", single.PerMonth / times),
    };

    /// <summary>The period a unit word names ("week", "workday", "annum"), or null.</summary>
    public static VolumePeriod? FromUnit(ReadOnlySpan<char> unit) => unit switch
    {
        "day" or "workday" or "weekday" or "shift" => Day,
        "week" or "workweek" => Week,
        "fortnight" => Fortnight,
        "month" => Month,
        "quarter" => Quarter,
        "year" or "annum" => Year,
        _ => null,
    };

    /// <summary>The period an adverb names ("daily", "weekly", "annually"), or null.</summary>
    public static VolumePeriod? FromAdverb(ReadOnlySpan<char> adverb) => adverb switch
    {
        "daily" => Day,
        "weekly" => Week,
        "biweekly" or "fortnightly" => Fortnight,
        "monthly" => Month,
        "quarterly" => Quarter,
        "yearly" or "annually" => Year,
        _ => null,
    };
}
