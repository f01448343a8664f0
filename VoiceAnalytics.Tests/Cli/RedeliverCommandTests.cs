using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.LocalHost.Cli;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Cli;

public sealed class RedeliverCommandTests : IAsyncLifetime
{
    private const string SessionId = "redeliver-1";

    private readonly TempFolder _folder = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private ServiceProvider _services = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task RunAsync_SinkFailedOnceThenRecovers_RedeliversAndTheLedgerShowsDelivered()
    {
        var crm = await ProcessWithAsync(new FlakySink("crm", failures: 1));
        Assert.Equal(DeliveryStatus.Failed, (await DeliveryAsync("crm")).Status);

        var exitCode = await RedeliverCommand.RunAsync([], _output, _error, _services);

        Assert.Equal(0, exitCode);
        var crmDelivery = await DeliveryAsync("crm");
        Assert.Equal((DeliveryStatus.Delivered, 2, null), (crmDelivery.Status, crmDelivery.Attempts, crmDelivery.LastError));
        Assert.Equal(1, (await DeliveryAsync("warehouse")).Attempts); // delivered sinks are not repeated
        Assert.Equal(SessionId, Assert.Single(crm.Delivered).SessionId);
        Assert.Contains("1 re-delivered, 0 still failing.", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SinkStillFailing_ExitsOneWithTheReason()
    {
        await ProcessWithAsync(new FlakySink("crm", failures: 10));

        var exitCode = await RedeliverCommand.RunAsync(["--session", SessionId, "--sink", "crm"], _output, _error, _services);

        Assert.Equal(1, exitCode);
        Assert.Equal((DeliveryStatus.Failed, 2), ((await DeliveryAsync("crm")).Status, (await DeliveryAsync("crm")).Attempts));
        Assert.Contains("0 re-delivered, 1 still failing.", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{SessionId} -> crm: InvalidOperationException: crm is down", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DryRun_ListsWithoutSending()
    {
        var crm = await ProcessWithAsync(new FlakySink("crm", failures: 1));

        var exitCode = await RedeliverCommand.RunAsync(["--dry-run"], _output, _error, _services);

        Assert.Equal(0, exitCode);
        Assert.Equal(1, crm.Calls);
        Assert.Equal((DeliveryStatus.Failed, 1), ((await DeliveryAsync("crm")).Status, (await DeliveryAsync("crm")).Attempts));
        Assert.Contains($"{SessionId} -> crm: 1 attempts", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FilterMatchesNothing_SendsNothingAndExitsZero()
    {
        var crm = await ProcessWithAsync(new FlakySink("crm", failures: 1));

        var exitCode = await RedeliverCommand.RunAsync(["--sink", "salesforce"], _output, _error, _services);

        Assert.Equal(0, exitCode);
        Assert.Equal(1, crm.Calls);
        Assert.Contains("No failed deliveries", _output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--session")]
    [InlineData("--sink", "--dry-run")]
    [InlineData("positional")]
    public async Task RunAsync_BadArguments_ExitsTwoWithUsage(params string[] args)
    {
        await ProcessWithAsync(new FlakySink("crm", failures: 1));

        var exitCode = await RedeliverCommand.RunAsync(args, _output, _error, _services);

        Assert.Equal(2, exitCode);
        Assert.Contains(RedeliverCommand.Usage, _error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Ingests and processes one session through the real pipeline, with <paramref name="sink"/> beside the warehouse.</summary>
    private async Task<FlakySink> ProcessWithAsync(FlakySink sink)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = _folder.Path }).Build())
            .AddLogging();
        services.AddVoiceAnalyticsCore();
        services.AddSingleton<ISessionSink>(sink);
        _services = services.BuildServiceProvider();

        var body = Encoding.UTF8.GetBytes(Payloads.Minimal(SessionId));
        await _services.GetRequiredService<ISessionStore>().AcceptAsync(
            new SessionSubmission(SessionId, body, Convert.ToHexStringLower(SHA256.HashData(body)), new DateTimeOffset(2026, 8, 18, 15, 5, 0, TimeSpan.Zero)), CancellationToken.None);
        await _services.GetRequiredService<SessionProcessor>().ProcessAsync(SessionId, CancellationToken.None);
        return sink;
    }

    private async Task<DeliveryRecord> DeliveryAsync(string sink) =>
        (await _services.GetRequiredService<IDeliveryLedger>().GetAsync(SessionId, CancellationToken.None)).Single(r => r.Sink == sink);
}
