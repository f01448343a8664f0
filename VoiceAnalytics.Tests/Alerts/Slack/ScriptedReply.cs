namespace VoiceAnalytics.Tests.Alerts.Slack;

/// <summary>What a fake server answers to one request instead of its default.</summary>
public sealed record ScriptedReply(int Status, string Body, int? RetryAfterSeconds = null, string ContentType = "text/plain");
