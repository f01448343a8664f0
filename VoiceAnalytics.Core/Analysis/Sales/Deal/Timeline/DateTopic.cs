namespace VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

/// <summary>What a date in the user's speech is about, from strongest to weakest evidence of a decision timeline.</summary>
internal enum DateTopic
{
    /// <summary>A deadline for one document, not for the product ("I need this contract out today"): urgency only.</summary>
    Task,

    /// <summary>A deadline the product must meet ("I need something working by Friday", "I want this live before our busy season").</summary>
    Need,

    /// <summary>Tied to the purchase: switching, a renewal, a budget, going live ("we want this running before Black Friday").</summary>
    Purchase,

    /// <summary>The decision itself ("I'm deciding by Friday", "we need to pick something by the end of October").</summary>
    Decision,
}
