namespace VoiceAnalytics.Core.Alerts.History;

/// <summary>
/// An alert about to be recorded in <c>alerts_history</c>. <see cref="AlertType"/> is the spec's tier (critical,
/// high, business, quality); <see cref="AlertName"/> the condition (agent_down, hot_lead, ...);
/// <see cref="Context"/> a JSON object with the figures behind it. No personal data in the message.
/// </summary>
public sealed record NewAlert(string AlertType, string AlertName, string Severity, string Message, string? Context = null, string? SessionId = null, string? SentTo = null);
