namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>A session whose engagement score fell under the threshold, and the main reason.</summary>
public sealed record LowEngagementItem(string SessionId, double Score, string Reason);
