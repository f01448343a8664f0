using System.Globalization;

namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// How a figure moved against the previous period, as the emails print it: <c>↑ 12%</c> for counts and amounts,
/// <c>↓ 3 pts</c> for rates, <c>→ flat</c> when unchanged, <c>new</c> when there was nothing before.
/// </summary>
public static class Change
{
    public static string Relative(double? current, double? previous)
    {
        if (current is not { } now || previous is not { } before)
        {
            return "n/a";
        }

        if (before == 0)
        {
            return now == 0 ? "→ flat" : "new";
        }

        var percent = Math.Round((now - before) / Math.Abs(before) * 100, MidpointRounding.AwayFromZero);
        return percent switch
        {
            0 => "→ flat",
            > 0 => string.Create(CultureInfo.InvariantCulture, $"↑ {percent:0}%"),
            _ => string.Create(CultureInfo.InvariantCulture, $"↓ {-percent:0}%"),
        };
    }

    /// <summary>Change of a 0-1 rate in percentage points.</summary>
    public static string Points(double? current, double? previous)
    {
        if (current is not { } now || previous is not { } before)
        {
            return "n/a";
        }

        var points = Math.Round((now - before) * 100, MidpointRounding.AwayFromZero);
        return points switch
        {
            0 => "→ flat",
            > 0 => string.Create(CultureInfo.InvariantCulture, $"↑ {points:0} pts"),
            _ => string.Create(CultureInfo.InvariantCulture, $"↓ {-points:0} pts"),
        };
    }

    /// <summary>Change of a score in its own units, one decimal: <c>↑ 0.3</c>.</summary>
    public static string Absolute(double? current, double? previous)
    {
        if (current is not { } now || previous is not { } before)
        {
            return "n/a";
        }

        var delta = Math.Round(now - before, 1, MidpointRounding.AwayFromZero);
        return delta switch
        {
            0 => "→ flat",
            > 0 => string.Create(CultureInfo.InvariantCulture, $"↑ {delta:0.0}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"↓ {-delta:0.0}"),
        };
    }
}
