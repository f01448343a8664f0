namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>What a number in speech stands for. Only <see cref="Count"/> is a quantity of things or people.</summary>
public enum NumberKind
{
    Count,
    Price,
    Percent,
    Year,
    Time,
    Date,
    Duration,
    Ordinal,
    Phone,

    /// <summary>A label rather than an amount ("SOC 2", "Q4", "Dynamics 365", "#3").</summary>
    Identifier,

    /// <summary>How often, not how many ("three times a week", "2x").</summary>
    Frequency,
}
