namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary>The fixed targets spec 6 draws (6.1 latency and errors, 6.3 call quality).</summary>
public static class DashboardTargets
{
    public const double LatencyTargetMs = 1000;
    public const double LatencyWarningMs = 1500;
    public const double P95TargetMs = 1500;
    public const double ErrorRateAlertPercent = 5;
    public const double DurationMinMinutes = 3;
    public const double DurationMaxMinutes = 7;
    public const int TurnsMin = 8;
    public const int TurnsMax = 15;
    public const double PositiveGoalPercent = 70;
    public const double NaturalEndingGoalPercent = 90;

    /// <summary>"active now": sessions that started this long before now.</summary>
    public static readonly TimeSpan ActiveWindow = TimeSpan.FromMinutes(10);
}
