namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>How a Salesforce call ended.</summary>
public enum SalesforceOutcome
{
    /// <summary>The request did what it was asked.</summary>
    Success,

    /// <summary>Worth retrying later: 5xx, 408, 429, <c>REQUEST_LIMIT_EXCEEDED</c>, a network error or a timeout.</summary>
    Transient,

    /// <summary>Retrying the same request cannot help: validation errors, duplicates of an external id, missing records, bad credentials.</summary>
    Permanent,
}
