namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>How a spoken date expression relates to the time it names ("by Friday" vs "after the holidays").</summary>
public enum DateRelation
{
    /// <summary>The expression names the time itself: "in January", "next week", "on the 15th".</summary>
    On,

    /// <summary>A deadline: "by Friday", "until the end of March", "within two weeks" (from the reference date up to it).</summary>
    By,

    /// <summary>Strictly before the named time: "before our renewal in three weeks", "ahead of Black Friday".</summary>
    Before,

    /// <summary>Once the named time is over: "after the holidays", "once Q1 is done" is not parsed, "after January" is.</summary>
    After,

    /// <summary>As soon as possible: "ASAP", "right away".</summary>
    Asap,
}
