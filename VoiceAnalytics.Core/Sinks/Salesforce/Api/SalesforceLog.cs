using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>Log messages of the Salesforce client: operations, status codes and error codes only; never a token, an email, a name or an error message.</summary>
internal static partial class SalesforceLog
{
    [LoggerMessage(4100, LogLevel.Debug, "Salesforce access token obtained for {InstanceHost}")]
    public static partial void TokenObtained(ILogger logger, string instanceHost);

    [LoggerMessage(4101, LogLevel.Warning, "Salesforce token request failed with HTTP {StatusCode}: {Reason}")]
    public static partial void TokenRequestFailed(ILogger logger, int statusCode, string reason);

    [LoggerMessage(4102, LogLevel.Information, "Salesforce answered 401 to {Operation}; requesting a new token and retrying once")]
    public static partial void TokenRejected(ILogger logger, string operation);

    [LoggerMessage(4103, LogLevel.Warning, "Salesforce {Operation} failed ({Outcome}): {Reason}")]
    public static partial void OperationFailed(ILogger logger, string operation, SalesforceOutcome outcome, string reason);
}
