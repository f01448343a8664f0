using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Azure;

namespace VoiceAnalytics.Tests.Storage.Azure;

/// <summary>The shared activity suite on Blob Storage (BlobSessionStore's markers + BlobSessionActivity) in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobSessionActivityContractTests(AzuriteFixture azurite) : SessionActivityContract
{
    protected override Task<SessionActivityPorts> OpenAsync(FakeTimeProvider time)
    {
        var suffix = Guid.NewGuid().ToString("N");
        var container = AzureStorageClients.CreateContainer(azurite.ConnectionString, "c" + suffix);
        var queue = new StorageQueueSessionQueue(AzureStorageClients.CreateQueueService(azurite.ConnectionString), Options.Create(new QueueOptions { Name = "q" + suffix }), time);
        return Task.FromResult(new SessionActivityPorts(new BlobSessionStore(container, queue, time), new BlobSessionActivity(container, time), async () => await container.DeleteIfExistsAsync()));
    }
}
