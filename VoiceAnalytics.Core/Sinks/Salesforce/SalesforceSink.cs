using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Core.Sinks.Salesforce;

/// <summary>
/// Spec section 4: the report goes to Salesforce, as the caller's Lead or Contact fields, a <c>Voice_Call__c</c> record
/// and, for Tier 1, a follow-up Task (<see cref="SalesforceApiDelivery"/>). Without client credentials
/// (<see cref="SalesforceOptions.IsConfigured"/>) the same request bodies go to the outbox and the delivery succeeds
/// (<see cref="SalesforceOutboxDelivery"/>).
/// </summary>
public sealed class SalesforceSink : ISessionSink
{
    public const string SinkName = "salesforce";

    private readonly SalesforceOptions _options;
    private readonly Func<SalesforceClient> _clients;
    private readonly IOutbox _outbox;
    private readonly ILogger<SalesforceSink> _logger;

    /// <param name="options">Read without validation: an unconfigured Salesforce must not fail the delivery.</param>
    /// <param name="clients">
    /// Resolves the typed client per delivery: typed HTTP clients are short-lived (their handlers rotate), and resolving
    /// one validates the options, which only holds once Salesforce is configured.
    /// </param>
    public SalesforceSink(SalesforceOptions options, Func<SalesforceClient> clients, IOutbox outbox, ILogger<SalesforceSink> logger)
    {
        _options = options;
        _clients = clients;
        _outbox = outbox;
        _logger = logger;
    }

    public string Name => SinkName;

    public bool IsSystemOfRecord => false;

    public async Task DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(report);
        if (_options.IsConfigured)
        {
            await new SalesforceApiDelivery(_clients(), _options, _logger).DeliverAsync(session, report, cancellationToken).ConfigureAwait(false);
            return;
        }

        var written = await SalesforceOutboxDelivery.WriteAsync(_outbox, _options, session, report, cancellationToken).ConfigureAwait(false);
        SalesforceSinkLog.WrittenToOutbox(_logger, session.SessionId, written);
    }
}
