using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>The local stand-in for the queue trigger: drains the session queue, then polls while it is empty.</summary>
public sealed partial class LocalQueuePump : BackgroundService
{
    private readonly SessionQueueProcessor _processor;
    private readonly QueueOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LocalQueuePump> _logger;
    private readonly RepeatedErrors _errors = new(TimeSpan.FromMinutes(1));

    public LocalQueuePump(SessionQueueProcessor processor, IOptions<QueueOptions> options, TimeProvider time, ILogger<LocalQueuePump> logger)
    {
        _processor = processor;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
                await Task.Delay(_options.PollInterval, _time, stoppingToken).ConfigureAwait(false);
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
