using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>
/// Typed HTTP client of the Salesforce REST API for the call sink: the call record upserted by session id, the Lead or
/// Contact found by email (created as a Lead when neither exists), and a follow-up Task. Takes plain field dictionaries;
/// mapping reports to fields is the caller's job. Every method returns a <see cref="SalesforceResult"/> instead of
/// throwing for documented HTTP errors; only invalid arguments and the caller's cancellation throw.
/// </summary>
public sealed partial class SalesforceClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private readonly SalesforceRestChannel _channel;
    private readonly SalesforceOptions _options;
    private readonly SalesforceTokenCache _tokens;

    public SalesforceClient(HttpClient http, SalesforceTokenCache tokens, IOptions<SalesforceOptions> options, TimeProvider time, ILogger<SalesforceClient> logger)
    {
        _options = options.Value;
        _tokens = tokens;
        _channel = new SalesforceRestChannel(http, tokens, _options, time, logger);
    }

    /// <summary>The org's instance URL from the current token (<c>instance_url</c>); null before the first token.</summary>
    public Uri? InstanceUrl => _tokens.Current?.InstanceUrl;

    /// <summary>Upserts the call record: PATCH <c>sobjects/{CallObject}/{CallExternalIdField}/{sessionId}</c>.</summary>
    public Task<SalesforceResult> UpsertCallAsync(string sessionId, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken) =>
        UpsertByExternalIdAsync(_options.CallObject, _options.CallExternalIdField, sessionId, fields, cancellationToken);

    /// <summary>
    /// PATCH <c>sobjects/{sObject}/{externalIdField}/{externalId}</c>: 201 created, 200/204 updated, 300 several records
    /// share the id (permanent, with <see cref="SalesforceResult.MatchingIds"/>)
    /// (https://developer.salesforce.com/docs/platform/api-rest/guide/dome-upsert.html). The external-id field is left
    /// out of the body: the URL carries it, and the API rejects a body that repeats it.
    /// </summary>
    public Task<SalesforceResult> UpsertByExternalIdAsync(
        string sObject, string externalIdField, string externalId, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sObject);
        ArgumentException.ThrowIfNullOrWhiteSpace(externalIdField);
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        ArgumentNullException.ThrowIfNull(fields);
        return _channel.SendAsync(
            HttpMethod.Patch,
            $"sobjects/{Segment(sObject)}/{Segment(externalIdField)}/{Segment(externalId)}",
            Serialize(fields.ContainsKey(externalIdField) ? fields.Where(f => f.Key != externalIdField).ToDictionary() : fields),
            "upsert " + sObject,
            response => SalesforceResponses.Write(response, sObject, null),
            cancellationToken);
    }

    /// <summary>POST <c>sobjects/{sObject}</c>: 201 <c>{"id","success","errors"}</c>.</summary>
    public Task<SalesforceResult> CreateAsync(string sObject, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sObject);
        ArgumentNullException.ThrowIfNull(fields);
        return _channel.SendAsync(
            HttpMethod.Post, $"sobjects/{Segment(sObject)}", Serialize(fields), "create " + sObject,
            response => SalesforceResponses.Write(response, sObject, null), cancellationToken);
    }

    /// <summary>PATCH <c>sobjects/{sObject}/{id}</c>: 204 No Content.</summary>
    public Task<SalesforceResult> UpdateAsync(string sObject, string id, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sObject);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(fields);
        return _channel.SendAsync(
            HttpMethod.Patch, $"sobjects/{Segment(sObject)}/{Segment(id)}", Serialize(fields), "update " + sObject,
            response => SalesforceResponses.Write(response, sObject, id), cancellationToken);
    }

    /// <summary>
    /// The person behind an email: the most recently modified unconverted Lead, else the most recently modified Contact.
    /// Success with <see cref="SalesforceResult.Id"/> <see langword="null"/> when neither exists.
    /// </summary>
    public async Task<SalesforceResult> FindPersonByEmailAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var literal = Soql.Literal(email.Trim());
        var lead = await QueryFirstIdAsync("Lead", $"SELECT Id FROM Lead WHERE Email = {literal} AND IsConverted = false ORDER BY LastModifiedDate DESC LIMIT 1", cancellationToken).ConfigureAwait(false);
        if (!lead.IsSuccess || lead.Id is not null)
        {
            return lead;
        }

        return await QueryFirstIdAsync("Contact", $"SELECT Id FROM Contact WHERE Email = {literal} ORDER BY LastModifiedDate DESC LIMIT 1", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Finds the person by email and writes to them: a Lead found is updated with <paramref name="leadFields"/>; a Contact
    /// found is updated with <paramref name="contactFields"/> (left alone when there are none: Lead fields do not exist on
    /// Contact); otherwise a Lead is created from <paramref name="leadFields"/> plus <c>Email</c>. The result names the
    /// record, to be used as a Task's <c>WhoId</c>.
    /// </summary>
    public async Task<SalesforceResult> UpsertPersonByEmailAsync(
        string email, IReadOnlyDictionary<string, object?> leadFields, IReadOnlyDictionary<string, object?>? contactFields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leadFields);
        var found = await FindPersonByEmailAsync(email, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found;
        }

        if (found.Id is null)
        {
            var fields = new Dictionary<string, object?>(leadFields, StringComparer.Ordinal);
            fields.TryAdd("Email", email.Trim());
            return await CreateAsync("Lead", fields, cancellationToken).ConfigureAwait(false);
        }

        if (found.SObjectType == "Lead")
        {
            return await UpdateAsync("Lead", found.Id, leadFields, cancellationToken).ConfigureAwait(false);
        }

        return contactFields is { Count: > 0 }
            ? await UpdateAsync("Contact", found.Id, contactFields, cancellationToken).ConfigureAwait(false)
            : found;
    }

    /// <summary>POST <c>sobjects/Task</c> with <c>WhoId</c>, <c>Subject</c>, <c>ActivityDate</c> (yyyy-MM-dd), <c>Priority</c>, <c>Description</c>, <c>Status</c>.</summary>
    public Task<SalesforceResult> CreateTaskAsync(SalesforceTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentException.ThrowIfNullOrWhiteSpace(task.WhoId);
        ArgumentException.ThrowIfNullOrWhiteSpace(task.Subject);
        return CreateAsync("Task", task.ToFields(), cancellationToken);
    }

    /// <summary>
    /// The most recently modified record whose <paramref name="field"/> equals <paramref name="value"/>: <c>SELECT Id FROM
    /// {sObject} WHERE {field} = '...' ORDER BY LastModifiedDate DESC LIMIT 1</c>. Success with <see cref="SalesforceResult.Id"/>
    /// <see langword="null"/> when there is none. Object and field names come from configuration, never from a caller's
    /// data, and must be plain API names.
    /// </summary>
    public Task<SalesforceResult> FindIdAsync(string sObject, string field, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!ApiName().IsMatch(sObject) || !ApiName().IsMatch(field))
        {
            throw new ArgumentException($"'{sObject}.{field}' is not a Salesforce API name.", nameof(field));
        }

        return QueryFirstIdAsync(sObject, $"SELECT Id FROM {sObject} WHERE {field} = {Soql.Literal(value)} ORDER BY LastModifiedDate DESC LIMIT 1", cancellationToken);
    }

    /// <summary>GET <c>query?q=...</c> (https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query.html).</summary>
    private Task<SalesforceResult> QueryFirstIdAsync(string sObject, string soql, CancellationToken cancellationToken) =>
        _channel.SendAsync(
            HttpMethod.Get, "query?q=" + Uri.EscapeDataString(soql), null, "query " + sObject,
            response => SalesforceResponses.FirstId(response, sObject), cancellationToken);

    private static string Serialize(IReadOnlyDictionary<string, object?> fields) => JsonSerializer.Serialize(fields, Json);

    private static string Segment(string value) => Uri.EscapeDataString(value);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,79}$")]
    private static partial Regex ApiName();
}
