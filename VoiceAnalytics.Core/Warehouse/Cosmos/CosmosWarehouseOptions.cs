using System.ComponentModel.DataAnnotations;
using Microsoft.Azure.Cosmos;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// The Cosmos DB warehouse (section <c>Warehouse:Cosmos</c>), read when <c>Warehouse:Provider</c> is <c>Cosmos</c>.
/// Without <see cref="Key"/> the client signs in with <c>DefaultAzureCredential</c> (the app's managed identity in Azure).
/// </summary>
public sealed class CosmosWarehouseOptions
{
    public const string Section = "Warehouse:Cosmos";

    /// <summary>Account endpoint, e.g. <c>https://voiceanl-cosmos-abc.documents.azure.com:443/</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The database holding the six containers.</summary>
    [Required]
    public string Database { get; set; } = "voice-analytics";

    /// <summary>Account key; empty signs in with <c>DefaultAzureCredential</c> (keys are disabled on the account bicep deploys).</summary>
    public string? Key { get; set; }

    /// <summary><c>Direct</c> (default, TCP to the replicas) or <c>Gateway</c> (HTTPS through the gateway: for restrictive firewalls).</summary>
    public ConnectionMode ConnectionMode { get; set; } = ConnectionMode.Direct;

    /// <summary>Writes in flight at once during <c>warehouse backfill</c> (bulk mode).</summary>
    [Range(1, 1000)]
    public int BackfillParallelism { get; set; } = 50;

    /// <summary>Create the database and containers at start when missing (local accounts and the emulator; bicep creates them in Azure).</summary>
    public bool CreateIfMissing { get; set; }

    /// <summary>Manual throughput (RU/s) of each container created by <see cref="CreateIfMissing"/>; null for a serverless account.</summary>
    [Range(400, 1_000_000)]
    public int? ContainerThroughput { get; set; }

    /// <summary>The SDK's own retries of a request throttled with 429 (<c>MaxRetryAttemptsOnRateLimitedRequests</c>).</summary>
    [Range(0, 100)]
    public int MaxRetryAttemptsOnRateLimitedRequests { get; set; } = 9;

    /// <summary>The longest the SDK waits across its 429 retries (<c>MaxRetryWaitTimeOnRateLimitedRequests</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryWaitTimeOnRateLimitedRequests { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Our retries of a request the SDK gave up on (429, 503, 408), each after <c>x-ms-retry-after-ms</c> or a doubling backoff.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff of our retries when the service names no wait (doubled each time).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest one of our retries waits, whatever <c>x-ms-retry-after-ms</c> asks.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many days before a retention cutoff the privacy adapter looks for documents (redaction, metrics roll-up):
    /// one single-partition query per day partition, oldest first, so the scan is bounded. Documents older than this
    /// when the retention job first runs are not found: raise it once for a warehouse backfilled from further back.
    /// </summary>
    [Range(1, 3650)]
    public int RetentionScanDays { get; set; } = 400;

    /// <summary>Re-reads of the lead profile after an ETag mismatch (412) or a concurrent create (409) before giving up.</summary>
    [Range(1, 50)]
    public int MaxConcurrencyAttempts { get; set; } = 8;
}
