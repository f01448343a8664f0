namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>A knowledge-base search that found nothing, with how often it was asked in the hour.</summary>
public sealed record ContentGapItem(string Query, int Searches);
