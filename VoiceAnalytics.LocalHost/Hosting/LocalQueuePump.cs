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
                // The store itself failed (disk full, locked file): keep the host up and try again after a pause.
                PumpFailed(_logger, ex);
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

    [LoggerMessage(2000, LogLevel.Error, "The session queue pump failed; retrying after the poll interval")]
    private static partial void PumpFailed(ILogger logger, Exception exception);
}
