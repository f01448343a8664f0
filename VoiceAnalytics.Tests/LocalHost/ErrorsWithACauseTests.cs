using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.LocalHost;

/// <summary>
/// What the client needs to know instead of a bare 500: 408 for a body that stalls, 503 with Retry-After when
/// storage cannot take the write, both as problem details; and a health endpoint that tells.
/// </summary>
public sealed class ErrorsWithACauseTests
{
    [Fact]
    public async Task StalledBody_408ProblemDetails()
    {
        await using var host = await ApiHost.StartAsync(services: s =>
            s.Configure<KestrelServerOptions>(o => o.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 1000, gracePeriod: TimeSpan.FromSeconds(2))));
        using var client = new TcpClient();
        await client.ConnectAsync(host.Client.BaseAddress!.Host, host.Client.BaseAddress.Port);
        var stream = client.GetStream();
        var head = $"POST /api/sessions HTTP/1.1\r\nHost: localhost\r\nx-functions-key: {ApiHost.Key}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{{\"session_id\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.FlushAsync();

        // ...and nothing more: the body stalls.
        var response = await ReadResponseAsync(stream, TimeSpan.FromSeconds(20));

        Assert.StartsWith("HTTP/1.1 408", response, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", response, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"status\":408", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiskFull_503WithRetryAfterProblemDetails_NothingStored()
    {
        await using var host = await ApiHost.StartAsync(services: s =>
            s.Replace(ServiceDescriptor.Singleton<ISessionStore>(sp => FullDisk(sp.GetRequiredService<Core.Storage.Sqlite.SqliteSessionStore>()))));

        using var response = await host.Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(Payloads.Minimal("disk-full-1"))));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.True(response.Headers.RetryAfter!.Delta > TimeSpan.Zero);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        Assert.EndsWith("/storage-unavailable", problem.RootElement.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Contains("full", problem.RootElement.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);

        using var status = new HttpRequestMessage(HttpMethod.Get, "/api/sessions/disk-full-1");
        status.Headers.Add("x-functions-key", ApiHost.Key);
        using var lookup = await host.Client.SendAsync(status);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task Health_StorageWritable_200WithStorageAndQueue()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("storage").GetProperty("can_write").GetBoolean());
        Assert.Equal(0, body.RootElement.GetProperty("queue").GetProperty("depth").GetInt64());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("queue").GetProperty("oldest_age_seconds").ValueKind);
    }

    [Fact]
    public async Task Health_StorageCannotWrite_503WithTheSameBody()
    {
        await using var host = await ApiHost.StartAsync();

        // Another writer holds the database's write lock: nothing can be written until it lets go.
        await using var holder = new SqliteConnection($"Data Source={Path.Combine(host.DataPath, "voice-analytics.db")};Pooling=False");
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }

        HttpResponseMessage response;
        try
        {
            response = await host.Client.GetAsync(new Uri("/api/health", UriKind.Relative));
        }
        finally
        {
            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        using (response)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("unavailable", body.RootElement.GetProperty("status").GetString());
            var storage = body.RootElement.GetProperty("storage");
            Assert.False(storage.GetProperty("can_write").GetBoolean());
            Assert.Equal("locked", storage.GetProperty("cause").GetString());
        }
    }

    private static async Task<string> ReadResponseAsync(NetworkStream stream, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var buffer = new byte[8192];
        var text = new StringBuilder();
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, deadline.Token)) > 0)
            {
                text.Append(Encoding.UTF8.GetString(buffer, 0, read));
                if (text.ToString().Contains("\r\n\r\n", StringComparison.Ordinal) && text.ToString().Contains('}', StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // return what arrived
        }
        catch (IOException)
        {
            // the server closed the connection: return what arrived
        }

        return text.ToString();
    }

    /// <summary>The real store, on a disk that has just filled up: every write fails the way SQLite reports it, reads still work.</summary>
    private static ISessionStore FullDisk(ISessionStore inner)
    {
        var store = Substitute.For<ISessionStore>();
        var full = new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
        store.AcceptAsync(default!, default).ThrowsAsyncForAnyArgs(full);
        store.MarkProcessingAsync(default!, default).ThrowsAsyncForAnyArgs(full);
        store.MarkAnalyzedAsync(default!, default!, default).ThrowsAsyncForAnyArgs(full);
        store.MarkFailedAsync(default!, default!, default).ThrowsAsyncForAnyArgs(full);
        store.GetAsync(default!, default).ReturnsForAnyArgs(call => inner.GetAsync(call.ArgAt<string>(0), call.ArgAt<CancellationToken>(1)));
        store.GetPayloadAsync(default!, default).ReturnsForAnyArgs(call => inner.GetPayloadAsync(call.ArgAt<string>(0), call.ArgAt<CancellationToken>(1)));
        return store;
    }
}
