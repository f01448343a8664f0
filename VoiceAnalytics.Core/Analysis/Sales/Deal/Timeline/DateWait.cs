namespace VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

/// <summary>Whether a "by" / "before" / "until" date in the user's speech is a deadline or the end of a wait.</summary>
internal enum DateWait
{
    /// <summary>A deadline or a plain date: "by Friday", "in January".</summary>
    None,

    /// <summary>A negated limit: "nothing changes before April", "not till after the new year".</summary>
    NotBefore,

    /// <summary>A lock-in the purchase must wait out: "we're in a DocuSign contract until the end of February".</summary>
    LockIn,
}
