namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>
/// The typed end of a Salesforce call. Documented HTTP error responses become a <see cref="SalesforceOutcome.Transient"/>
/// or <see cref="SalesforceOutcome.Permanent"/> result instead of an exception. <see cref="Reason"/> is built from
/// status codes, error codes, field names and record ids only, so it is safe to log and to store in the delivery ledger.
/// </summary>
public sealed record SalesforceResult
{
    public required SalesforceOutcome Outcome { get; init; }

    /// <summary>Id of the record written or found; <see langword="null"/> for a lookup that found nothing.</summary>
    public string? Id { get; init; }

    /// <summary>Object of <see cref="Id"/>: <c>Lead</c>, <c>Contact</c>, <c>Task</c>, <c>Voice_Call__c</c>.</summary>
    public string? SObjectType { get; init; }

    /// <summary>The write created the record (201) rather than updating one.</summary>
    public bool Created { get; init; }

    public string? Reason { get; init; }

    /// <summary>The server's <c>Retry-After</c>, when a transient failure carried one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>HTTP status of the response that decided the result; <see langword="null"/> when none arrived.</summary>
    public int? StatusCode { get; init; }

    public IReadOnlyList<SalesforceError> Errors { get; init; } = [];

    /// <summary>Ids of the records that share one external id (HTTP 300 of an upsert).</summary>
    public IReadOnlyList<string> MatchingIds { get; init; } = [];

    public bool IsSuccess => Outcome == SalesforceOutcome.Success;

    public static SalesforceResult Success(string? id, string? sObjectType, bool created = false, int? statusCode = null) =>
        new() { Outcome = SalesforceOutcome.Success, Id = id, SObjectType = sObjectType, Created = created, StatusCode = statusCode };

    public static SalesforceResult Transient(string reason, TimeSpan? retryAfter = null, int? statusCode = null, IReadOnlyList<SalesforceError>? errors = null) =>
        new() { Outcome = SalesforceOutcome.Transient, Reason = reason, RetryAfter = retryAfter, StatusCode = statusCode, Errors = errors ?? [] };

    public static SalesforceResult Permanent(string reason, IReadOnlyList<SalesforceError> errors, int? statusCode = null) =>
        new() { Outcome = SalesforceOutcome.Permanent, Reason = reason, Errors = errors, StatusCode = statusCode };
}
