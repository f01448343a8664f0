namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>A requested feature, how often it came up in the hour, and one caller's words.</summary>
public sealed record FeatureRequestItem(string Feature, int Mentions, string? Quote);
