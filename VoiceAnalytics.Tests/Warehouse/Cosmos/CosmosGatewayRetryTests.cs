using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Cosmos;

namespace VoiceAnalytics.Tests.Warehouse.Cosmos;

/// <summary>
/// The retry and conflict paths against <see cref="FakeCosmosGateway"/>: a real <see cref="CosmosClient"/> (Gateway
/// mode, our serializer and retry settings) talking HTTP to 127.0.0.1, the answers in Cosmos's REST shapes.
/// </summary>
public sealed class CosmosGatewayRetryTests : IDisposable
{
    private const int SdkRateLimitRetries = 1;
    private const int OurRetries = 2;
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly FakeCosmosGateway _gateway = new(CosmosContainers.Definitions.ToDictionary(d => d.Name, d => d.PartitionKeyPath));
    private readonly CosmosClient _client;
    private readonly CosmosStore _store;
    private readonly IOptions<CosmosWarehouseOptions> _options;

    public CosmosGatewayRetryTests()
    {
        _options = Options.Create(new CosmosWarehouseOptions
        {
            Endpoint = _gateway.Endpoint,
            Key = Convert.ToBase64String(new byte[64]),
            Database = "warehouse",
            ConnectionMode = ConnectionMode.Gateway,
            MaxRetryAttemptsOnRateLimitedRequests = SdkRateLimitRetries,
            MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(5),
            MaxRetries = OurRetries,
            RetryBackoff = TimeSpan.FromMilliseconds(1),
        });
        _client = CosmosClientFactory.Create(_options.Value);
        _store = new CosmosStore(CosmosContainers.Of(_client.GetDatabase("warehouse")), new CosmosRetry(_options, TimeProvider.System));
    }

    [Fact]
    public async Task Upsert_ThrottledWithRetryAfter_RetriedBySdkThenByUsUntilItSucceeds()
    {
        var throttled = 0;
        _gateway.OnDocument = request => Interlocked.Increment(ref throttled) <= 3
            ? (HttpStatusCode.TooManyRequests, FakeCosmosGateway.Error("TooManyRequests", "Request rate is large"), new Dictionary<string, string> { ["x-ms-retry-after-ms"] = "1", ["x-ms-substatus"] = "3200" })
            : (HttpStatusCode.OK, request.Body, new Dictionary<string, string> { ["etag"] = "\"1\"" });

        await _store.UpsertAsync(_store.Containers.Sessions, Session("s-1"), "2026-03-09", None);

        // 2 throttled tries by the SDK (1 + its 1 retry) surface once, our first retry is throttled the same way
        // (1 more), our second retry succeeds.
        Assert.Equal(4, _gateway.Requests.Count);
        Assert.All(_gateway.Requests, r => Assert.True(r.Upsert));
        Assert.Contains("\"session_id\":\"s-1\"", _gateway.Requests.Last().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Conflict_SurfacesAs409WithoutRetry()
    {
        _gateway.OnDocument = _ => (HttpStatusCode.Conflict, FakeCosmosGateway.Error("Conflict", "Entity with the specified id already exists in the system."), null);

        var error = await Assert.ThrowsAsync<CosmosException>(() => _store.CreateAsync(_store.Containers.AlertsHistory, Claim(), "agent_down", None));

        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Single(_gateway.Requests);
    }

    [Fact]
    public async Task LeadProfile_EtagChangedBetweenReadAndReplace_RereadsAndReplacesWithTheNewEtag()
    {
        var reads = 0;
        _gateway.OnDocument = request => request.Method switch
        {
            "GET" => (HttpStatusCode.OK, Lead(Interlocked.Increment(ref reads)), new Dictionary<string, string> { ["etag"] = $"\"v{reads}\"" }),
            "PUT" when request.IfMatch == "\"v1\"" => (HttpStatusCode.PreconditionFailed, FakeCosmosGateway.Error("PreconditionFailed", "Operation cannot be performed because one of the specified precondition is not met."), null),
            "PUT" => (HttpStatusCode.OK, request.Body, new Dictionary<string, string> { ["etag"] = "\"v3\"" }),
            _ => (HttpStatusCode.BadRequest, FakeCosmosGateway.Error("BadRequest", request.Method), null),
        };
        var profiles = new CosmosLeadProfiles(_store, _options);

        await profiles.UpsertAsync(LeadRow(), scored: true, new DateTimeOffset(2026, 3, 9, 22, 0, 0, TimeSpan.Zero), None);

        var requests = _gateway.Requests.ToList();
        Assert.Equal(["GET", "PUT", "GET", "PUT"], requests.Select(r => r.Method));
        Assert.Equal(["\"v1\"", "\"v2\""], requests.Where(r => r.Method == "PUT").Select(r => r.IfMatch));
        var written = JsonNode.Parse(requests[^1].Body)!;
        // The second read's profile (2 earlier calls) merged with this call: 3 calls.
        Assert.Equal(3, written["total_calls"]!.GetValue<int>());
        Assert.Equal("lead", written["id"]!.GetValue<string>());
        Assert.EndsWith("/docs/lead", requests[^1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ServiceUnavailableEveryTime_SurfacesAfterTheBound()
    {
        _gateway.OnDocument = _ => (HttpStatusCode.ServiceUnavailable, FakeCosmosGateway.Error("ServiceUnavailable", "Service is currently unavailable."), null);

        var error = await Assert.ThrowsAsync<CosmosException>(() => _store.ReadAsync(_store.Containers.Leads, "lead", "ana@example.com", None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        // Our bound: 1 + OurRetries calls into the SDK, each of which may retry a 503 itself a bounded number of times.
        var perCall = _gateway.Requests.Count / (OurRetries + 1);
        Assert.Equal(0, _gateway.Requests.Count % (OurRetries + 1));
        Assert.InRange(perCall, 1, 3);
    }

    public void Dispose()
    {
        _client.Dispose();
        _gateway.Dispose();
    }

    private static JsonObject Session(string id) => new() { ["id"] = id, ["day"] = "2026-03-09", ["session_id"] = id };

    private static JsonObject Claim() => new() { ["id"] = "open", ["alert_name"] = "agent_down", ["claimed_alert_id"] = 1 };

    private static LeadRow LeadRow() => new()
    {
        Email = "ana@example.com",
        LatestSessionId = "s-3",
        CallStartTime = new DateTimeOffset(2026, 3, 9, 21, 0, 0, TimeSpan.Zero),
        TeamSize = 12,
    };

    /// <summary>The profile another writer left: on the second read it has one more earlier call.</summary>
    private static string Lead(int version)
    {
        var calls = new JsonArray();
        for (var i = 0; i < version; i++)
        {
            calls.Add(new JsonObject { ["session_id"] = $"old-{i}", ["start_time"] = $"2026-03-0{i + 1}T10:00:00.000Z", ["day"] = $"2026-03-0{i + 1}", ["scored"] = true });
        }

        return new JsonObject
        {
            ["id"] = "lead", ["email"] = "ana@example.com", ["total_calls"] = version, ["updated_at"] = "2026-03-08T10:00:00.000Z",
            ["_etag"] = "\"v" + version.ToString(CultureInfo.InvariantCulture) + "\"", ["calls"] = calls,
        }.ToJsonString();
    }
}
