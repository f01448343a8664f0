namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>The buying_signal labels.</summary>
public static class BuyingSignalLevels
{
    /// <summary>Asks how to buy or for next steps, or commits to buy, upgrade or roll out.</summary>
    public const string Strong = "strong";

    /// <summary>A booked meeting, or a clear need with a decision timeline.</summary>
    public const string Medium = "medium";

    /// <summary>Interest only, or just looking.</summary>
    public const string Weak = "weak";

    public const string None = "none";
}
