using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Sinks.Salesforce;

/// <summary>Log messages of the Salesforce sink: session ids, record ids and object names only; never an email or a name.</summary>
internal static partial class SalesforceSinkLog
{
    [LoggerMessage(4110, LogLevel.Information, "Session {SessionId} delivered to Salesforce: person {PersonAction}, call record {CallRecordId}, follow-up task {TaskAction}")]
    public static partial void Delivered(ILogger logger, string sessionId, string personAction, string? callRecordId, string taskAction);

    [LoggerMessage(4111, LogLevel.Information, "Salesforce is not configured: session {SessionId} written to the outbox as {MessageCount} messages")]
    public static partial void WrittenToOutbox(ILogger logger, string sessionId, int messageCount);

    [LoggerMessage(4112, LogLevel.Warning, "{CallObject} records sharing session id {SessionId}: {MatchCount}; updating the most recently modified, {RecordId}")]
    public static partial void SeveralCallRecords(ILogger logger, string callObject, string sessionId, int matchCount, string recordId);
}
