namespace VoiceAnalytics.Core.Reports.Digest;

/// <summary>Feature label values (<c>mobile_app</c>) as people read them (<c>Mobile app</c>).</summary>
internal static class FeatureNames
{
    /// <summary>A "features" objection in a call that named no feature.</summary>
    public const string Unnamed = "Missing feature (not named)";

    public static string Display(string label)
    {
        var words = label.Replace('_', ' ').Trim();
        return words.Length == 0 ? Unnamed : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
