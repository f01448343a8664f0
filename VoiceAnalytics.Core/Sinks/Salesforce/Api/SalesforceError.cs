namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>
/// One entry of Salesforce's error array <c>[{"message","errorCode","fields"}]</c>. The message can echo field values
/// (an email address, a name), so it is kept here for the caller and never logged.
/// </summary>
public sealed record SalesforceError(string Message, string ErrorCode, IReadOnlyList<string> Fields);
