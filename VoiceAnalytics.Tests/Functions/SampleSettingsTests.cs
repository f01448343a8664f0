using System.Net;
using System.Text.Json;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary>A user who copies local.settings.sample.json to local.settings.json gets a host that starts and works.</summary>
public sealed class SampleSettingsTests
{
    [Fact]
    public async Task SampleSettings_HostStartsAndDeliversASessionToEverySink()
    {
        await using var host = await ApiHost.StartAsync(SampleValues());
        using var accepted = await host.Client.SendAsync(SessionsClient.Post(Payloads.SharedWithId("qualified_meeting_booked.json", "sample-1")));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        var status = await SessionsClient.WaitForStatusAsync(host.Client, "sample-1", "analyzed");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (status.GetProperty("deliveries").GetArrayLength() < 4 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            status = await SessionsClient.GetStatusAsync(host.Client, "sample-1");
        }

        var deliveries = status.GetProperty("deliveries").EnumerateArray().ToList();
        Assert.Equal(4, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal("delivered", d.GetProperty("status").GetString()));
    }

    // The sample's Values as configuration keys ("Slack__Channels__sales" is "Slack:Channels:sales"), minus what the
    // test host sets itself (the data folder, the key).
    private static Dictionary<string, string?> SampleValues()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.RepoRoot, "local.settings.sample.json")));
        return sample.RootElement.GetProperty("Values").EnumerateObject()
            .Where(v => !v.Name.StartsWith("Storage__", StringComparison.Ordinal) && !v.Name.StartsWith("Ingest__", StringComparison.Ordinal))
            .ToDictionary(v => v.Name.Replace("__", ":", StringComparison.Ordinal), v => (string?)v.Value.GetString());
    }
}
