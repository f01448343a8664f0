using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>
/// The local stand-in for the queue trigger: <c>Queue:Concurrency</c> workers (default: the core count) each drain the
/// session queue, then poll while it is empty, so one slow session never holds the others. On shutdown the analyses
/// in flight are cancelled and their messages queued again.
/// </summary>
public sealed partial class LocalQueuePump : BackgroundService
{
    private readonly SessionQueueProcessor _processor;
    private readonly QueueOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LocalQueuePump> _logger;
    private readonly QueueSignal _signal;
    private readonly RepeatedErrors _errors = new(TimeSpan.FromMinutes(1));

    public LocalQueuePump(SessionQueueProcessor processor, IOptions<QueueOptions> options, TimeProvider time, ILogger<LocalQueuePump> logger, QueueSignal signal)
    {
        _signal = signal;
        _processor = processor;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, _options.Workers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await _processor.ProcessNextAsync(stoppingToken).ConfigureAwait(false))
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The store itself failed (disk full, locked file): keep the host up and try again after a pause,
                // logging the same failure once a minute with its count rather than at every poll.
                if (_errors.ShouldLog(ex, _time.GetUtcNow(), out var repeated))
                {
                    PumpFailed(_logger, repeated, ex);
                }
            }

            try
            {
                await _signal.WaitAsync(_options.PollInterval, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(2000, LogLevel.Error, "The session queue pump failed (the same failure {Repeated} more time(s) since it was last logged); retrying after the poll interval")]
    private static partial void PumpFailed(ILogger logger, int repeated, Exception exception);
}
