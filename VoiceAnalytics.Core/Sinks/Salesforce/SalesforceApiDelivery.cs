using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using VoiceAnalytics.Core.Sinks.Salesforce.Fields;

namespace VoiceAnalytics.Core.Sinks.Salesforce;

/// <summary>
/// One session written to Salesforce: the person first (the Lead or Contact with the caller's email, updated, or a new
/// Lead), then the call record upserted by session id and linked to that person in the same request, then for a
/// Tier 1 call the follow-up Task unless one with this session's marker exists. Every step is idempotent, so a
/// session delivered again (after a failure half way, or a re-analysis) converges to the same records. Any failed
/// request throws a <see cref="SalesforceDeliveryException"/> and stops the delivery.
/// </summary>
internal sealed class SalesforceApiDelivery(SalesforceClient client, SalesforceOptions options, ILogger logger)
{
    /// <returns>The records written: the person (none without an email) and the call record's id.</returns>
    public async Task<(string? PersonType, string? PersonId, string? CallId)> DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken)
    {
        var email = SalesforceEmail.Of(session);
        var person = email is null ? null : await WritePersonAsync(session, report, email, cancellationToken).ConfigureAwait(false);

        var callFields = VoiceCallFields.Build(session, report, options);
        if (person is not null)
        {
            callFields[VoiceCallFields.RelatedTo] = person.Id;
        }

        var callId = await UpsertCallAsync(session.SessionId, callFields, cancellationToken).ConfigureAwait(false);
        var taskAction = person is null ? "not needed (no person)" : await CreateTaskOnceAsync(session, report, person, callId, cancellationToken).ConfigureAwait(false);
        SalesforceSinkLog.Delivered(logger, session.SessionId, person?.Describe() ?? "none (no email)", callId, taskAction);
        return (person?.SObjectType, person?.Id, callId);
    }

    private async Task<PersonRecord> WritePersonAsync(SessionPayload session, SessionReport report, string email, CancellationToken cancellationToken)
    {
        string?[] personal = [email, session.UserName];
        var found = Check(await client.FindPersonByEmailAsync(email, cancellationToken).ConfigureAwait(false), "find Lead or Contact by email", personal);
        if (found.Id is null)
        {
            var lead = LeadFields.ForCreate(session, report, email);
            var created = Check(await client.CreateAsync("Lead", lead, cancellationToken).ConfigureAwait(false), "create Lead", [.. lead.Values, .. personal]);
            return new PersonRecord(created.Id ?? throw new SalesforceDeliveryException("Salesforce create Lead failed, permanent: HTTP 201 without the new record's id"), "Lead", Created: true);
        }

        var sObject = found.SObjectType ?? "Lead";
        var fields = LeadFields.ForUpdate(session, report);
        Check(await client.UpdateAsync(sObject, found.Id, fields, cancellationToken).ConfigureAwait(false), "update " + sObject, [.. fields.Values, .. personal]);
        return new PersonRecord(found.Id, sObject, Created: false);
    }

    /// <summary>
    /// Upserts by session id. HTTP 300 means several records carry the id (the field is not unique in this org): the
    /// most recently modified one is updated, as the person lookup prefers the most recently modified Lead, and the
    /// others are left for an admin to merge.
    /// </summary>
    private async Task<string?> UpsertCallAsync(string sessionId, Dictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        var operation = "upsert " + options.CallObject;
        var upsert = await client.UpsertCallAsync(sessionId, fields, cancellationToken).ConfigureAwait(false);
        if (upsert.IsSuccess || upsert.StatusCode != 300)
        {
            return Check(upsert, operation, fields.Values).Id;
        }

        var latest = Check(await client.FindIdAsync(options.CallObject, options.CallExternalIdField, sessionId, cancellationToken).ConfigureAwait(false), "query " + options.CallObject, []);
        var id = latest.Id ?? upsert.MatchingIds.FirstOrDefault() ?? throw SalesforceFailureMessage.Exception(operation, upsert, fields.Values);
        SalesforceSinkLog.SeveralCallRecords(logger, options.CallObject, sessionId, upsert.MatchingIds.Count, id);
        Check(await client.UpdateAsync(options.CallObject, id, fields, cancellationToken).ConfigureAwait(false), "update " + options.CallObject, fields.Values);
        return id;
    }

    /// <summary>
    /// Task has no external-id upsert (activities cannot have external-id fields), so the Task carries the session id
    /// in <see cref="SalesforceOptions.TaskSessionIdField"/> and is looked up by it before it is created. Task creation
    /// is a POST the HTTP client never retries; a POST that timed out after Salesforce saved it is found by the next delivery.
    /// </summary>
    private async Task<string> CreateTaskOnceAsync(SessionPayload session, SessionReport report, PersonRecord person, string? callId, CancellationToken cancellationToken)
    {
        var task = FollowUpTaskPlanner.Plan(session, report, options, person.Id, RecordUrl(callId ?? person.Id));
        if (task is null)
        {
            return "not needed (not Tier 1)";
        }

        var existing = Check(await client.FindIdAsync("Task", options.TaskSessionIdField, session.SessionId, cancellationToken).ConfigureAwait(false), "query Task", []);
        if (existing.Id is not null)
        {
            return "already created " + existing.Id;
        }

        var fields = task.ToFields();
        var created = Check(await client.CreateTaskAsync(task, cancellationToken).ConfigureAwait(false), "create Task", [.. fields.Values, session.UserName, session.UserEmail]);
        return "created " + created.Id;
    }

    private string? RecordUrl(string id) =>
        string.IsNullOrWhiteSpace(options.InstanceUrl) ? null : $"{options.InstanceUrl.TrimEnd('/')}/{Uri.EscapeDataString(id)}";

    private static SalesforceResult Check(SalesforceResult result, string operation, IEnumerable<object?> sent) =>
        result.IsSuccess ? result : throw SalesforceFailureMessage.Exception(operation, result, sent);

    private sealed record PersonRecord(string Id, string SObjectType, bool Created)
    {
        public string Describe() => $"{SObjectType} {Id} {(Created ? "created" : "updated")}";
    }
}
