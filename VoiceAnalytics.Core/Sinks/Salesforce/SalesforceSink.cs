using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;

namespace VoiceAnalytics.Core.Sinks.Salesforce;

/// <summary>
/// Spec section 4: the report goes to Salesforce, as the caller's Lead or Contact fields, a <c>Voice_Call__c</c> record
/// and, for Tier 1, a follow-up Task (<see cref="SalesforceApiDelivery"/>). Without client credentials
/// (<see cref="SalesforceOptions.IsConfigured"/>) the same request bodies go to the outbox and the delivery succeeds
/// (<see cref="SalesforceOutboxDelivery"/>). The ids of the records written are kept (<see cref="ISalesforceRecordLog"/>)
/// so the dashboard can link a hot lead to its record.
/// </summary>
public sealed class SalesforceSink : ISessionSink
{
    public const string SinkName = "salesforce";

    private readonly SalesforceOptions _options;
    private readonly Func<SalesforceClient> _clients;
    private readonly IOutbox _outbox;
    private readonly ILogger<SalesforceSink> _logger;
    private readonly ISalesforceRecordLog? _records;
    private readonly TimeProvider _time;

    /// <param name="options">Read without validation: an unconfigured Salesforce must not fail the delivery.</param>
    /// <param name="clients">
    /// Resolves the typed client per delivery: typed HTTP clients are short-lived (their handlers rotate), and resolving
    /// one validates the options, which only holds once Salesforce is configured.
    /// </param>
    /// <param name="records">Where the written records' ids are kept for links (the dashboard's hot leads); null keeps none.</param>
    public SalesforceSink(
        SalesforceOptions options, Func<SalesforceClient> clients, IOutbox outbox, ILogger<SalesforceSink> logger, ISalesforceRecordLog? records = null, TimeProvider? time = null)
    {
        _options = options;
        _clients = clients;
        _outbox = outbox;
        _logger = logger;
        _records = records;
        _time = time ?? TimeProvider.System;
    }

    public string Name => SinkName;

    public bool IsSystemOfRecord => false;

    public async Task DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(report);
        if (_options.IsConfigured)
        {
            var client = _clients();
            var (personType, personId, callId) = await new SalesforceApiDelivery(client, _options, _logger).DeliverAsync(session, report, cancellationToken).ConfigureAwait(false);
            if (_records is not null)
            {
                var baseUrl = string.IsNullOrWhiteSpace(_options.InstanceUrl) ? client.InstanceUrl?.GetLeftPart(UriPartial.Authority) : _options.InstanceUrl;
                await _records.SaveAsync(new SalesforceRecords(session.SessionId, personType, personId, callId, baseUrl, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var written = await SalesforceOutboxDelivery.WriteAsync(_outbox, _options, session, report, cancellationToken).ConfigureAwait(false);
        SalesforceSinkLog.WrittenToOutbox(_logger, session.SessionId, written);
    }
}
