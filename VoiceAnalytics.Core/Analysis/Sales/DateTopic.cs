namespace VoiceAnalytics.Core.Analysis.Sales;

/// <summary>What a date in the user's speech is about, from strongest to weakest evidence of a decision timeline.</summary>
internal enum DateTopic
{
    /// <summary>A deadline for something other than the purchase ("I need this contract out today").</summary>
    Need,

    /// <summary>Tied to the purchase: switching, a renewal, a budget, going live ("we want this running before Black Friday").</summary>
    Purchase,

    /// <summary>The decision itself ("I'm deciding by Friday", "we need to pick something by the end of October").</summary>
    Decision,
}
