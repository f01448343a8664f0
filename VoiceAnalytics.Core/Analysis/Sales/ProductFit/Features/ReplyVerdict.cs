namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Features;

/// <summary>What the agent said about a capability the user asked for.</summary>
internal enum ReplyVerdict
{
    /// <summary>The agent neither confirmed nor denied it.</summary>
    Unanswered,

    /// <summary>The agent said it exists.</summary>
    Confirmed,

    /// <summary>The agent could not confirm it, or said it does not exist.</summary>
    NotConfirmed,

    /// <summary>A knowledge-base search for it found nothing.</summary>
    SearchFoundNothing,
}
