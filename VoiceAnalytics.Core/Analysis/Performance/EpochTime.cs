namespace VoiceAnalytics.Core.Analysis.Performance;

internal static class EpochTime
{
    /// <summary>Epoch seconds to a UTC time; whole and fractional seconds are converted apart to keep sub-ms precision.</summary>
    public static DateTimeOffset FromSeconds(double seconds)
    {
        var whole = Math.Floor(seconds);
        var ticks = ((long)whole * TimeSpan.TicksPerSecond) + (long)Math.Round((seconds - whole) * TimeSpan.TicksPerSecond);
        return DateTimeOffset.UnixEpoch.AddTicks(ticks);
    }

    /// <summary>Seconds to milliseconds, rounded to the microsecond so values compare and store cleanly.</summary>
    public static double ToMs(double seconds) => Math.Round(seconds * 1000, 3);
}
