using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Azure;

namespace VoiceAnalytics.Tests.Storage.Azure;

/// <summary>The Azure stores on a fresh container and queue of the shared Azurite, with a fake clock.</summary>
public sealed class AzureStores
{
    public AzureStores(AzuriteFixture azurite, Func<QueueOptions, QueueOptions>? configure = null)
    {
        var suffix = Guid.NewGuid().ToString("N");
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 8, 18, 15, 0, 0, TimeSpan.Zero));
        QueueOptions = new QueueOptions { Name = "q" + suffix };
        QueueOptions = configure?.Invoke(QueueOptions) ?? QueueOptions;
        Container = AzureStorageClients.CreateContainer(azurite.ConnectionString, "c" + suffix);
        QueueService = AzureStorageClients.CreateQueueService(azurite.ConnectionString);
        Queue = new StorageQueueSessionQueue(QueueService, Options.Create(QueueOptions), Time);
        Store = new BlobSessionStore(Container, Queue, Time);
        Checkpoints = new BlobCheckpointStore(Container);
    }

    public FakeTimeProvider Time { get; }

    public QueueOptions QueueOptions { get; }

    public BlobContainerClient Container { get; }

    public QueueServiceClient QueueService { get; }

    public StorageQueueSessionQueue Queue { get; }

    public BlobSessionStore Store { get; }

    public BlobCheckpointStore Checkpoints { get; }

    /// <summary>The poison queue as any client sees it (base64 text, like the Functions host).</summary>
    public QueueClient PoisonQueue => QueueService.GetQueueClient(QueueOptions.Name + "-poison");

    public SessionSubmission Submission(string sessionId, byte[] body) =>
        new(sessionId, body, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body)), Time.GetUtcNow());
}
