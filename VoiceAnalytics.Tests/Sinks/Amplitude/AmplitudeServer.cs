using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Sinks.Amplitude;
using VoiceAnalytics.Tests.Sinks.Salesforce;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace VoiceAnalytics.Tests.Sinks.Amplitude;

/// <summary>A local Amplitude HTTP V2 endpoint: WireMock on 127.0.0.1 answering <c>POST /2/httpapi</c> with the documented bodies.</summary>
internal sealed class AmplitudeServer : IDisposable
{
    public const string Path = "/2/httpapi";

    private readonly List<HttpClient> _httpClients = [];

    public WireMockServer Server { get; } = LoopbackWireMock.Start();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public AmplitudeOptions Settings { get; } = new() { ApiKey = "test-api-key", ServerErrorBaseDelay = TimeSpan.FromSeconds(1) };

    public AmplitudeServer() => Settings.Endpoint = Server.Url + Path;

    public void Dispose()
    {
        foreach (var http in _httpClients)
        {
            http.Dispose();
        }

        Server.Stop();
        Server.Dispose();
    }

    public AmplitudeClient CreateClient()
    {
        var http = new HttpClient();
        _httpClients.Add(http);
        return new AmplitudeClient(http, Options.Create(Settings), Time, NullLogger<AmplitudeClient>.Instance);
    }

    public static IRequestBuilder Upload() => Request.Create().WithPath(Path).UsingPost();

    /// <summary>Every upload is accepted: <c>{"code":200,"events_ingested":n,"payload_size_bytes":n,"server_upload_time":ms}</c>.</summary>
    public void AcceptAll() => Server.Given(Upload()).RespondWith(Ok());

    public static IResponseBuilder Ok() => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
        .WithBody(request => $$"""{"code":200,"events_ingested":{{EventCount(request.Body)}},"payload_size_bytes":{{request.Body?.Length ?? 0}},"server_upload_time":1772442000000}""");

    public static IResponseBuilder Json(int status, string json) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json);

    public IReadOnlyList<ILogEntry> Uploads() =>
        [.. Server.LogEntries.Where(e => e.Request().Path == Path).OrderBy(e => e.Request().DateTime)];

    public static JsonElement BodyOf(ILogEntry entry) => JsonDocument.Parse(entry.Request().Body!).RootElement;

    /// <summary>The insert_ids of one upload, in the order sent.</summary>
    public static IReadOnlyList<string> InsertIds(ILogEntry entry) =>
        [.. BodyOf(entry).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("insert_id").GetString()!)];

    public static int EventCount(string? body) =>
        body is null ? 0 : JsonDocument.Parse(body).RootElement.GetProperty("events").GetArrayLength();

    public static IReadOnlyList<AmplitudeEvent> Events(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new AmplitudeEvent("Voice Call Analyzed")
        {
            UserId = $"user-{i:000}",
            InsertId = $"insert-{i}",
            Time = new DateTimeOffset(2026, 3, 2, 8, 0, i, TimeSpan.Zero),
        })];
}
