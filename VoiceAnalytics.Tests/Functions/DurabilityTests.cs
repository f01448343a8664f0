using System.Net;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary>Nothing accepted is lost: the host is SIGKILLed in the middle of an analysis and started again.</summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task HostKilledDuringAnalysis_RestartFinishesSessionWithOneWarehouseRow()
    {
        using var folder = new TempFolder();
        var environment = new Dictionary<string, string>
        {
            ["Storage__Path"] = folder.Path,
            ["Ingest__ApiKey"] = ApiHost.Key,
            ["Queue__PollInterval"] = "00:00:00.050",
            ["Queue__ProcessingLease"] = "00:00:02",
            ["Pipeline__AnalyzerDelay"] = "00:00:30", // holds the analysis open so the kill lands inside it
        };
        var body = Payloads.SharedWithId("qualified_meeting_booked.json", "durable-1");

        using (var first = await HostProcess.StartAsync(environment))
        {
            using var client = new HttpClient { BaseAddress = first.Address };
            using var accepted = await client.SendAsync(SessionsClient.Post(body));
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            await SessionsClient.WaitForStatusAsync(client, "durable-1", "processing");
            first.Kill();
        }

        environment["Pipeline__AnalyzerDelay"] = "00:00:00";
        using var second = await HostProcess.StartAsync(environment);
        using var secondClient = new HttpClient { BaseAddress = second.Address };
        var status = await SessionsClient.WaitForStatusAsync(secondClient, "durable-1", "analyzed", TimeSpan.FromSeconds(60));

        Assert.True(status.GetProperty("report").GetProperty("results").TryGetProperty("performance_metrics", out _));
        Assert.Equal(1, CountRows(folder.Path, "SELECT COUNT(*) FROM sessions WHERE session_id = 'durable-1'"));
        Assert.Equal(1, CountRows(folder.Path, "SELECT COUNT(*) FROM analysis_results WHERE session_id = 'durable-1'"));
        await WaitForEmptyQueueAsync(folder.Path); // the message is deleted just after the status says analyzed
    }

    private static async Task WaitForEmptyQueueAsync(string dataPath)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (CountRows(dataPath, "SELECT COUNT(*) FROM queue_messages") > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, CountRows(dataPath, "SELECT COUNT(*) FROM queue_messages"));
    }

    private static long CountRows(string dataPath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "voice-analytics.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
