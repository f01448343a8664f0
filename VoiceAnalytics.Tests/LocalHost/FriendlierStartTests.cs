using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.LocalHost.Hosting;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.LocalHost;

/// <summary>
/// The local host as a developer meets it: a crash does not park a session for the whole lease, the console is not
/// buried under request logs or repeated stack traces, and the development key is the owner's alone.
/// </summary>
public sealed class FriendlierStartTests
{
    [Fact]
    public async Task Start_SessionLeasedAtACrash_AnalyzedAtOnceNotAfterTheLease()
    {
        using var folder = new TempFolder();
        var body = Payloads.SharedWithId("qualified_meeting_booked.json", "reclaim-1");
        {
            // What a crash mid-analysis leaves behind: the session stored, its message leased for the 5-minute lease.
            var database = new SqliteDatabase(Path.Combine(folder.Path, "voice-analytics.db"), [new SessionTablesSchema(), new WarehouseSchema(), new DashboardRollupSchema(), new DeliveryTablesSchema()]);
            var queue = new SqliteSessionQueue(database, Options.Create(new QueueOptions()), TimeProvider.System);
            var store = new SqliteSessionStore(database, queue, TimeProvider.System);
            await store.AcceptAsync(new SessionSubmission("reclaim-1", body, Convert.ToHexStringLower(SHA256.HashData(body)), DateTimeOffset.UtcNow), CancellationToken.None);
            Assert.NotNull(await queue.ReceiveAsync(CancellationToken.None));
            SqliteConnection.ClearAllPools();
        }

        await using var host = await ApiHost.StartAsync(new Dictionary<string, string?> { ["Storage:Path"] = folder.Path });

        await SessionsClient.WaitForStatusAsync(host.Client, "reclaim-1", "analyzed", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Pump_StorageKeepsFailing_TheErrorIsLoggedOnceNotPerPoll()
    {
        var logs = new CapturingLoggerProvider();
        var queue = Substitute.For<ISessionQueue>();
        queue.ReceiveAsync(default).ThrowsAsyncForAnyArgs(new SqliteException("SQLite Error 13: 'database or disk is full'.", 13));
        await using (var host = await ApiHost.StartAsync(
            new Dictionary<string, string?> { ["Queue:PollInterval"] = "00:00:00.010" },
            services =>
            {
                services.Replace(ServiceDescriptor.Singleton(queue));
                services.AddSingleton<ILoggerProvider>(logs);
            }))
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (queue.ReceivedCalls().Count() < 30 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }

        Assert.True(queue.ReceivedCalls().Count() >= 30, "the pump should have polled the failing queue many times");
        var pumpErrors = logs.Entries.Where(e => e.Category == typeof(LocalQueuePump).FullName && e.Level >= LogLevel.Error).ToList();
        Assert.Single(pumpErrors);
    }

    [Fact]
    public void Build_RequestLogging_AtWarningByDefault()
    {
        using var folder = new TempFolder();
        var app = VoiceAnalyticsHost.Build(["--urls", "http://127.0.0.1:0", "--Storage:Path", folder.Path, "--Ingest:ApiKey", "k"]);
        try
        {
            var factory = app.Services.GetRequiredService<ILoggerFactory>();

            Assert.False(factory.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
            Assert.False(factory.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Information));
            // Off entirely: its request lines and request scope hold the raw path, and DELETE /api/people/{email} an email (docs/privacy.md).
            Assert.False(factory.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Critical));
            Assert.True(factory.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").IsEnabled(LogLevel.Warning));
            Assert.True(factory.CreateLogger(typeof(LocalQueuePump).FullName!).IsEnabled(LogLevel.Information));
        }
        finally
        {
            ((IDisposable)app).Dispose();
            SqliteConnection.ClearAllPools();
        }
    }

    [Fact]
    public async Task Start_TheBannerComesLastAndRequestsDoNotBuryIt()
    {
        using var folder = new TempFolder();
        using var host = await HostProcess.StartAsync(new Dictionary<string, string> { ["Storage__Path"] = folder.Path });
        using var client = new HttpClient { BaseAddress = host.Address };

        await WaitForAsync(() => host.Output.Contains("Dashboard: ", StringComparison.Ordinal));
        using (await client.GetAsync(new Uri("/api/health", UriKind.Relative)))
        {
        }

        await Task.Delay(500); // let the console logger write anything a request logs
        var lines = host.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("curl -s", lines[^2], StringComparison.Ordinal);
        // The last line: the dashboard's ready link, with the key in the fragment the browser never sends.
        Assert.Matches(@"^Dashboard: http://127\.0\.0\.1:\d+/dashboard#key=[0-9a-f]+$", lines[^1]);
        Assert.DoesNotContain(lines, l => l.StartsWith("info:", StringComparison.Ordinal));
    }

    [Fact]
    public void DevelopmentKey_Generated_ReadableByItsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var key = new DevelopmentKey(Options.Create(new StorageOptions { Path = folder.Path }));

        key.PostConfigure(null, new IngestOptions());

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder.Path, DevelopmentKey.FileName)));
    }

    [Fact]
    public void DevelopmentKey_KeptWorldReadableByAnEarlierVersion_ReadableByItsOwnerOnlyAndTheSameKey()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, DevelopmentKey.FileName);
        File.WriteAllText(file, "an-older-key");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var options = new IngestOptions();

        new DevelopmentKey(Options.Create(new StorageOptions { Path = folder.Path })).PostConfigure(null, options);

        Assert.Equal("an-older-key", options.ApiKey);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
