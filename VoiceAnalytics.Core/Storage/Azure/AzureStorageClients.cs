using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace VoiceAnalytics.Core.Storage.Azure;

/// <summary>Builds the Storage clients the Azure implementations take, from one connection string.</summary>
public static class AzureStorageClients
{
    /// <summary>The container of payloads, reports and checkpoints (created on first use by the stores).</summary>
    public static BlobContainerClient CreateContainer(string connectionString, string containerName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new BlobServiceClient(connectionString).GetBlobContainerClient(containerName);
    }

    /// <summary>
    /// Queue clients base64-encode message text, the default <c>messageEncoding</c> of the Functions queue trigger,
    /// so messages sent here trigger Functions and messages the Functions host poisons can be read back.
    /// </summary>
    public static QueueServiceClient CreateQueueService(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new QueueServiceClient(connectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
    }
}
