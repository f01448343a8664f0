namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>The objection categories of LABELS.md <c>objection_categories</c>.</summary>
public static class ObjectionCategories
{
    public const string Pricing = "pricing";
    public const string Features = "features";
    public const string Timing = "timing";

    /// <summary>Security, compliance or legal validity that gates the purchase.</summary>
    public const string Trust = "trust";

    /// <summary>Locked in to a competitor (a contract, a license, an enterprise agreement).</summary>
    public const string Competitor = "competitor";

    public const string Integration = "integration";

    /// <summary>Anything else that holds the deal back: adoption, procurement process, internal politics.</summary>
    public const string Other = "other";
}
