namespace VoiceAnalytics.Core.Analysis.Actions;

/// <summary>Who does an action item (LABELS.md <c>action_item_owners</c>).</summary>
public static class ActionOwners
{
    public const string User = "user";
    public const string Sales = "sales";
    public const string Support = "support";
    public const string Product = "product";
}
