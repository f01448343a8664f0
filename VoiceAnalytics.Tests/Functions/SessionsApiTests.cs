using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary>The HTTP API through the real ASP.NET Core pipeline on Kestrel, with the real queue pump behind it.</summary>
public sealed class SessionsApiTests : IAsyncLifetime
{
    private readonly FailWhenAskedAnalyzer _counter = new();
    private ApiHost _host = null!;

    private HttpClient Client => _host.Client;

    public async Task InitializeAsync() =>
        _host = await ApiHost.StartAsync(
            new Dictionary<string, string?> { ["Ingest:MaxBodyBytes"] = "400000" },
            services => services.AddSingleton<IAnalyzer>(_counter));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_SharedPayload_202WithLocationThenAnalyzedWithReport()
    {
        var body = Payloads.SharedWithId("qualified_meeting_booked.json", "api-ok-1");

        using var response = await Client.SendAsync(SessionsClient.Post(body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/api/sessions/api-ok-1", response.Headers.Location!.OriginalString);
        var status = await SessionsClient.WaitForStatusAsync(Client, "api-ok-1", "analyzed");
        var performance = status.GetProperty("report").GetProperty("results").GetProperty("performance_metrics");
        Assert.True(performance.GetProperty("turns").GetArrayLength() > 0);
        Assert.Equal(1, WarehouseRows("sessions", "api-ok-1"));
        var warehouse = status.GetProperty("deliveries").EnumerateArray().Single(d => d.GetProperty("sink").GetString() == "warehouse");
        Assert.Equal("delivered", warehouse.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Post_SameBodyTwice_SameResourceProcessedOnce()
    {
        var body = Encoding.UTF8.GetBytes(Payloads.Minimal("api-dup-1"));

        using var first = await Client.SendAsync(SessionsClient.Post(body));
        await SessionsClient.WaitForStatusAsync(Client, "api-dup-1", "analyzed");
        using var second = await Client.SendAsync(SessionsClient.Post(body));
        await Task.Delay(300); // give a wrongly enqueued second message time to be processed

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.True((await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, _counter.RunsFor("api-dup-1"));
        Assert.Equal(1, WarehouseRows("sessions", "api-dup-1"));
    }

    [Fact]
    public async Task Post_DifferentBodyForAcceptedSession_409Problem()
    {
        using var first = await Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(Payloads.Minimal("api-409", "first"))));

        using var second = await Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(Payloads.Minimal("api-409", "second"))));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_FailingSession_PoisonedAfterThreeAttemptsWithReasonThenResubmittable()
    {
        using var response = await Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(Payloads.Minimal("api-fail", "please poison me"))));

        var failed = await SessionsClient.WaitForStatusAsync(Client, "api-fail", "failed");

        Assert.Contains("asked to fail", failed.GetProperty("failure_reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, _counter.RunsFor("api-fail"));
        var queue = _host.Services.GetRequiredService<SqliteSessionQueue>();
        Assert.Contains(await queue.ListPoisonAsync(10, CancellationToken.None), p => p.Message.SessionId == "api-fail");

        using var retry = await Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(Payloads.Minimal("api-fail", "fixed now"))));
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        await SessionsClient.WaitForStatusAsync(Client, "api-fail", "analyzed");
    }

    [Fact]
    public async Task Post_InvalidPayload_400ProblemListingEveryPath()
    {
        var body = Encoding.UTF8.GetBytes("{\"start_time\": 5, \"transcript\": {\"items\": [{\"type\": \"message\"}]}}");

        using var response = await Client.SendAsync(SessionsClient.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        var paths = problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["$.session_id", "$.start_time", "$.transcript.items[0].role"], paths);
    }

    [Fact]
    public async Task Post_NotJson_415()
    {
        using var response = await Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(Payloads.Minimal("api-415")), contentType: "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_DeclaredLengthOverLimit_413()
    {
        using var response = await Client.SendAsync(SessionsClient.Post(new byte[400_001]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverLimit_413WithoutReadingItAll()
    {
        var stream = new CountingStream(totalBytes: 50_000_000);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sessions") { Content = new StreamContent(stream) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("x-functions-key", ApiHost.Key);
        request.Headers.TransferEncodingChunked = true;

        HttpResponseMessage? response = null;
        try
        {
            response = await Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
        catch (HttpRequestException)
        {
            // the server may also close the connection once it has answered 413 mid-upload
        }
        finally
        {
            response?.Dispose();
        }

        Assert.True(stream.BytesRead < 10_000_000, $"the client sent {stream.BytesRead} bytes");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Post_NoOrWrongKey_401(string? key)
    {
        using var response = await Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(Payloads.Minimal("api-401")), key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("api-401")).StatusCode);
    }

    [Fact]
    public async Task Post_Signed_AcceptedAndReplayIsTheSameResource()
    {
        var body = Encoding.UTF8.GetBytes(Payloads.Minimal("api-signed"));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var first = await Client.SendAsync(SessionsClient.PostSigned(body, now));
        await SessionsClient.WaitForStatusAsync(Client, "api-signed", "analyzed");
        using var replay = await Client.SendAsync(SessionsClient.PostSigned(body, now));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        // The intake answers whether it queued the replay; a count of runs right after it could not tell.
        Assert.True((await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
        Assert.Equal(1, _counter.RunsFor("api-signed"));
    }

    [Fact]
    public async Task Post_SignedWithWrongSecretOrExpired_401()
    {
        var body = Encoding.UTF8.GetBytes(Payloads.Minimal("api-bad-sig"));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var wrongSecret = await Client.SendAsync(SessionsClient.PostSigned(body, now, secret: "other"));
        using var expired = await Client.SendAsync(SessionsClient.PostSigned(body, now - 301));

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownSession_404Problem()
    {
        using var response = await GetAsync("never-sent");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_WithoutKey_401()
    {
        using var response = await Client.GetAsync(new Uri("/api/sessions/anything", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string sessionId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{sessionId}");
        request.Headers.Add("x-functions-key", ApiHost.Key);
        return await Client.SendAsync(request);
    }

    private long WarehouseRows(string table, string sessionId)
    {
        using var connection = _host.Services.GetRequiredService<SqliteDatabase>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE session_id = $id";
        command.Parameters.AddWithValue("$id", sessionId);
        return (long)command.ExecuteScalar()!;
    }
}
