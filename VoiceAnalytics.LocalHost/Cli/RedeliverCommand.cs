using System.Globalization;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Sinks.Redelivery;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.LocalHost.Cli;

/// <summary>
/// <c>redeliver [--session ID] [--sink NAME] [--dry-run]</c>: re-delivers the deliveries the ledger lists as failed,
/// from the stored payload and report, with the app's configuration and data folder. Exit code 0 when every one
/// was delivered (or there was nothing to do, or a dry run), 1 when some still fail, 2 for bad arguments.
/// </summary>
public static class RedeliverCommand
{
    public const string Usage = "usage: redeliver [--session ID] [--sink NAME] [--dry-run]";

    /// <param name="services">The app's services; built like the app's (<see cref="OfflineServices"/>) when null.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (Parse(args, error) is not { } request)
        {
            return 2;
        }

        if (services is not null)
        {
            return await RunAsync(request, services, output, cancellationToken).ConfigureAwait(false);
        }

        await using var owned = OfflineServices.Build();
        return await RunAsync(request, owned, output, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunAsync(Request request, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var redeliverer = new FailedDeliveryRedeliverer(
            services.GetRequiredService<IDeliveryLedger>(),
            services.GetRequiredService<ISessionStore>(),
            services.GetRequiredService<SinkDispatcher>(),
            new StoredReportReader(services.GetServices<IAnalyzer>()));
        var failed = await redeliverer.ListAsync(request.SessionId, request.Sink, cancellationToken).ConfigureAwait(false);
        var sessions = failed.GroupBy(r => r.SessionId, StringComparer.Ordinal).ToList();
        if (failed.Count == 0)
        {
            await output.WriteLineAsync("No failed deliveries to re-deliver.").ConfigureAwait(false);
            return 0;
        }

        await output.WriteLineAsync(Text($"{failed.Count} failed deliveries in {sessions.Count} sessions{(request.DryRun ? " (dry run: nothing is sent)" : "")}:")).ConfigureAwait(false);
        if (request.DryRun)
        {
            foreach (var record in failed)
            {
                await output.WriteLineAsync(Text($"  {record.SessionId} -> {record.Sink}: {record.Attempts} attempts, last error: {record.LastError}")).ConfigureAwait(false);
            }

            return 0;
        }

        var outcomes = new List<RedeliveryOutcome>();
        var done = 0;
        foreach (var session in sessions)
        {
            var sinks = session.Select(r => r.Sink).ToList();
            await output.WriteLineAsync(Text($"[{++done}/{sessions.Count}] {session.Key} -> {string.Join(", ", sinks)}")).ConfigureAwait(false);
            foreach (var outcome in await redeliverer.RedeliverAsync(session.Key, sinks, cancellationToken).ConfigureAwait(false))
            {
                outcomes.Add(outcome);
                await output.WriteLineAsync(outcome.Delivered ? Text($"  {outcome.Sink}: delivered") : Text($"  {outcome.Sink}: still failing: {outcome.Error}")).ConfigureAwait(false);
            }
        }

        var stillFailing = outcomes.Where(o => !o.Delivered).ToList();
        await output.WriteLineAsync(Text($"{outcomes.Count - stillFailing.Count} re-delivered, {stillFailing.Count} still failing.")).ConfigureAwait(false);
        foreach (var outcome in stillFailing)
        {
            await output.WriteLineAsync(Text($"  {outcome.SessionId} -> {outcome.Sink}: {outcome.Error}")).ConfigureAwait(false);
        }

        return stillFailing.Count == 0 ? 0 : 1;
    }

    private static Request? Parse(string[] args, TextWriter error)
    {
        string? sessionId = null;
        string? sink = null;
        var dryRun = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--session" when i + 1 < args.Length && sessionId is null && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    sessionId = args[++i];
                    break;
                case "--sink" when i + 1 < args.Length && sink is null && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    sink = args[++i];
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                default:
                    error.WriteLine($"Unexpected argument {args[i]}. {Usage}");
                    return null;
            }
        }

        return new Request(sessionId, sink, dryRun);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Request(string? SessionId, string? Sink, bool DryRun);
}
