namespace VoiceAnalytics.Core.Sinks.Salesforce;

/// <summary>
/// Which Salesforce records each session was written to (the person and the call record), kept by the Salesforce sink
/// after a delivery so others can link to them (the dashboard's hot leads) without asking Salesforce.
/// </summary>
public interface ISalesforceRecordLog
{
    /// <summary>Saves (or replaces) the session's records.</summary>
    Task SaveAsync(SalesforceRecords records, CancellationToken cancellationToken);

    /// <summary>The records of those of <paramref name="sessionIds"/> delivered to Salesforce, by session id.</summary>
    Task<IReadOnlyDictionary<string, SalesforceRecords>> FindAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken);
}

/// <param name="PersonType">Lead or Contact; null when the call had no email (no person was written).</param>
/// <param name="CallId">The call record's id; null when an update answered without one (API versions before 46.0).</param>
/// <param name="BaseUrl">Where records open: the configured My Domain URL, else the token's instance URL.</param>
public sealed record SalesforceRecords(string SessionId, string? PersonType, string? PersonId, string? CallId, string? BaseUrl, DateTimeOffset WrittenAt)
{
    /// <summary>
    /// The record a salesperson wants: the person, else the call record; <c>{BaseUrl}/{id}</c>, the form Salesforce
    /// redirects to the record's page in Lightning and Classic alike (and the sink's follow-up Task links the same way).
    /// </summary>
    public (string Record, string Url)? Link(string callObject) =>
        BaseUrl is null ? null
        : PersonId is not null ? (PersonType ?? "Lead", Url(PersonId))
        : CallId is not null ? (callObject, Url(CallId))
        : null;

    private string Url(string id) => $"{BaseUrl!.TrimEnd('/')}/{Uri.EscapeDataString(id)}";
}
