namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>How precise a spoken date expression is, from a single day to a whole year.</summary>
public enum DateGranularity
{
    Day,
    Week,
    Month,
    Quarter,
    Season,
    Year,
}
