using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary>
/// The app started the way the Azure Functions host starts a custom handler (FUNCTIONS_CUSTOMHANDLER_PORT): HTTP
/// requests are forwarded unchanged, and triggers arrive as invocation POSTs to /{FunctionName}.
/// </summary>
public sealed class CustomHandlerTests
{
    [Fact]
    public async Task ProcessSessionInvocation_AnalyzesTheQueuedSession()
    {
        using var folder = new TempFolder();
        using var host = await HostProcess.StartAsync(Environment(folder), asCustomHandler: true);
        using var client = new HttpClient { BaseAddress = host.Address };
        using var accepted = await client.SendAsync(SessionsClient.Post(Payloads.SharedWithId("qualified_meeting_booked.json", "ch-1")));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        // As the host would: the queue message text, as a JSON string, under the trigger's binding name.
        var message = QueuedMessage(folder.Path);
        using var invoked = await client.PostAsJsonAsync("/ProcessSession", new { Data = new { message }, Metadata = new { DequeueCount = 1 } }, HostJson);

        Assert.Equal(HttpStatusCode.OK, invoked.StatusCode);
        var answer = await invoked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("ch-1", answer.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
        var status = await SessionsClient.WaitForStatusAsync(client, "ch-1", "analyzed");
        Assert.True(status.GetProperty("report").GetProperty("results").TryGetProperty("lead_scoring", out _));
    }

    [Fact]
    public async Task ProcessSessionInvocation_UnknownSession_FailsTheInvocationSoTheHostRetries()
    {
        using var folder = new TempFolder();
        using var host = await HostProcess.StartAsync(Environment(folder), asCustomHandler: true);
        using var client = new HttpClient { BaseAddress = host.Address };
        var message = """{"session_id":"ghost","payload_ref":"ghost","enqueued_at":"2026-11-23T10:00:00+00:00"}""";

        using var invoked = await client.PostAsJsonAsync("/ProcessSession", new { Data = new { message }, Metadata = new { DequeueCount = 1 } }, HostJson);

        Assert.False(invoked.IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("OpsHealth")]
    [InlineData("QualityDigest")]
    [InlineData("DailyExecSummary")]
    [InlineData("WeeklyRollup")]
    public async Task TimerInvocation_RunsTheOccurrenceOnceEvenWhenInvokedTwice(string timer)
    {
        using var folder = new TempFolder();
        using var host = await HostProcess.StartAsync(Environment(folder), asCustomHandler: true);
        using var client = new HttpClient { BaseAddress = host.Address };
        var invocation = new { Data = new { timer = new { IsPastDue = false } }, Metadata = new { } };

        using var first = await client.PostAsJsonAsync("/" + timer, invocation, HostJson);
        using var second = await client.PostAsJsonAsync("/" + timer, invocation, HostJson);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstLog = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("Logs")[0].GetString();
        var secondLog = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("Logs")[0].GetString();
        Assert.Contains(" ran for ", firstLog, StringComparison.Ordinal);
        Assert.Contains("already ran", secondLog, StringComparison.Ordinal);
    }

    // The Functions host writes PascalCase property names: Data, Metadata.
    private static readonly JsonSerializerOptions HostJson = new();

    private static Dictionary<string, string> Environment(TempFolder folder) => new()
    {
        ["Storage__Path"] = folder.Path,
        ["Ingest__ApiKey"] = ApiHost.Key,
    };

    private static string QueuedMessage(string dataPath)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "voice-analytics.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM queue_messages ORDER BY id LIMIT 1;";
        return (string)command.ExecuteScalar()!;
    }
}
