using System.Net;
using Azure.Storage.Blobs;
using VoiceAnalytics.Tests.Storage.Azure;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary>The whole host with <c>Storage:Provider=AzureStorage</c>: payloads in Blob, the queue in a Storage Queue (Azurite).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureStorageHostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Post_WithAzureStorageProvider_StoredInBlobAndAnalyzed()
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        await using var host = await ApiHost.StartAsync(AzureSettings(suffix));
        var body = Payloads.SharedWithId("abandoned_short_call.json", "azure-host-1");

        using var response = await host.Client.SendAsync(SessionsClient.Post(body));
        var status = await SessionsClient.WaitForStatusAsync(host.Client, "azure-host-1", "analyzed");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(status.GetProperty("report").GetProperty("results").TryGetProperty("performance_metrics", out _));
        var blob = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("payloads-" + suffix).GetBlobClient("payloads/azure-host-1.json");
        Assert.Equal(body, (await blob.DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task DeletePerson_WithAzureStorageProvider_TombstoneInBlobAndTheSessionIsGone()
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        await using var host = await ApiHost.StartAsync(AzureSettings(suffix));
        var body = Privacy.PrivacyApp.Payload("azure-erase-1", "lee@example.com", "Lee Park", Privacy.PrivacyApp.TierOneText, DateTimeOffset.UtcNow);
        using (var post = await host.Client.SendAsync(SessionsClient.Post(body)))
        {
            Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        }

        await SessionsClient.WaitForStatusAsync(host.Client, "azure-erase-1", "analyzed");
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/people/lee%40example.com");
        delete.Headers.Add("x-functions-key", ApiHost.Key);
        using var erased = await host.Client.SendAsync(delete);
        Assert.Equal(HttpStatusCode.Accepted, erased.StatusCode);

        // Every instance sees the tombstone: it is in the storage account, not in one instance's database.
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("payloads-" + suffix);
        Assert.True((await container.GetBlobClient("privacy/tombstones/azure-erase-1").ExistsAsync()).Value);
        Assert.False((await container.GetBlobClient("payloads/azure-erase-1.json").ExistsAsync()).Value);
        using var again = await host.Client.SendAsync(SessionsClient.Post(body));
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
    }

    /// <summary>The host on Azurite, with a container and queue of its own.</summary>
    private Dictionary<string, string?> AzureSettings(string suffix) => new()
    {
        ["Storage:Provider"] = "AzureStorage",
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:PayloadContainer"] = "payloads-" + suffix,
        ["Queue:Name"] = "sessions-" + suffix,
    };
}
