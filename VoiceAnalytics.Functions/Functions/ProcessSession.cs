using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Functions.Functions;

/// <summary>
/// The queue-triggered analysis of one session, as the Azure Functions host invokes it: on failure it throws so
/// the host retries; on the last attempt it first records the failure, because the host then poisons the message.
/// Locally the same work runs through <see cref="SessionQueueProcessor"/>, which plays the host's part.
/// </summary>
public sealed class ProcessSession
{
    private readonly SessionProcessor _processor;
    private readonly ISessionStore _store;
    private readonly QueueOptions _options;

    public ProcessSession(SessionProcessor processor, ISessionStore store, IOptions<QueueOptions> options)
    {
        _processor = processor;
        _store = store;
        _options = options.Value;
    }

    public async Task<SessionReport> RunAsync(SessionMessage message, long dequeueCount, CancellationToken cancellationToken)
    {
        try
        {
            return await _processor.ProcessAsync(message.SessionId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (dequeueCount >= _options.MaxDequeueCount && ex is not OperationCanceledException)
        {
            await _store.MarkFailedAsync(message.SessionId, $"Failed {dequeueCount} attempts: {FailureReason.Describe(ex)}", cancellationToken).ConfigureAwait(false);
            throw;
        }
    }
}
