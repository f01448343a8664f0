using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Alerts.Business;

/// <summary>Log messages of the business alerts: alert names and session ids only, never a name, an email or a quote.</summary>
internal static partial class BusinessAlertLog
{
    [LoggerMessage(5300, LogLevel.Information, "Business alert {AlertName} of session {SessionId} sent to {SentTo}")]
    public static partial void Sent(ILogger logger, string alertName, string sessionId, string sentTo);

    [LoggerMessage(5301, LogLevel.Debug, "Business alert {AlertName} of session {SessionId} was already sent to {SentTo}")]
    public static partial void AlreadySent(ILogger logger, string alertName, string sessionId, string sentTo);

    [LoggerMessage(5302, LogLevel.Warning, "Business alert {AlertName} of session {SessionId} was not sent: {Error}")]
    public static partial void NotSent(ILogger logger, string alertName, string sessionId, string error);
}
