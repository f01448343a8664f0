using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace VoiceAnalytics.Tests.Warehouse.Cosmos;

/// <summary>
/// A Cosmos DB gateway on 127.0.0.1 that answers a real <see cref="Microsoft.Azure.Cosmos.CosmosClient"/> in Gateway
/// mode with the REST shapes it needs: the account read <c>GET /</c> ("Get Database Account":
/// learn.microsoft.com/rest/api/cosmos-db/get-database-account), the collection read <c>GET /dbs/{db}/colls/{coll}</c>
/// ("Get a Collection", with its <c>partitionKey</c> definition), and its partition key ranges
/// <c>GET .../pkranges</c> ("Get Partition Key Ranges", one range "" to "FF"; a repeat with If-None-Match gets 304).
/// Document requests go to <see cref="OnDocument"/>; errors use the documented status codes and headers
/// (learn.microsoft.com/rest/api/cosmos-db/http-status-codes-for-cosmosdb, .../common-cosmosdb-rest-response-headers:
/// <c>x-ms-retry-after-ms</c> on 429, <c>etag</c>, <c>x-ms-request-charge</c>, <c>x-ms-activity-id</c>).
/// </summary>
internal sealed class FakeCosmosGateway : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, string> _partitionKeys;

    public FakeCosmosGateway(IReadOnlyDictionary<string, string> partitionKeyPaths)
    {
        _partitionKeys = new Dictionary<string, string>(partitionKeyPaths, StringComparer.Ordinal);
        Port = FreePort();
        Endpoint = $"http://127.0.0.1:{Port}/";
        _listener.Prefixes.Add(Endpoint);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Endpoint { get; }

    /// <summary>Every document request: method, path, the If-Match header and the body.</summary>
    public ConcurrentQueue<DocumentRequest> Requests { get; } = new();

    /// <summary>Answers a document request: status, body, extra headers.</summary>
    public Func<DocumentRequest, (HttpStatusCode Status, string? Body, IReadOnlyDictionary<string, string>? Headers)> OnDocument { get; set; } =
        _ => (HttpStatusCode.NotFound, Error("NotFound", "Not found"), null);

    public static string Error(string code, string message) => new JsonObject { ["code"] = code, ["message"] = message }.ToJsonString();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await AnswerAsync(context);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
            {
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath.TrimEnd('/');
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();

        if (segments.Length == 0)
        {
            await WriteAsync(context, HttpStatusCode.OK, Account(), null);
        }
        else if (segments is ["dbs", var db, "colls", var coll])
        {
            await WriteAsync(context, HttpStatusCode.OK, Collection(db, coll), null);
        }
        else if (segments is ["dbs", _, "colls", var coll2, "pkranges"])
        {
            // The SDK reads ranges as a change feed: a repeat with the etag it got means nothing changed.
            if (request.Headers["If-None-Match"] is { Length: > 0 })
            {
                await WriteAsync(context, HttpStatusCode.NotModified, null, new Dictionary<string, string> { ["etag"] = "\"ranges-1\"" });
            }
            else
            {
                await WriteAsync(context, HttpStatusCode.OK, Ranges(coll2), new Dictionary<string, string> { ["etag"] = "\"ranges-1\"", ["x-ms-item-count"] = "1" });
            }
        }
        else if (segments is ["dbs", _, "colls", _, "docs", ..])
        {
            var document = new DocumentRequest(request.HttpMethod, path, request.Headers["If-Match"], body, request.Headers["x-ms-documentdb-is-upsert"] == "True");
            Requests.Enqueue(document);
            var (status, answer, headers) = OnDocument(document);
            await WriteAsync(context, status, answer, headers);
        }
        else
        {
            await WriteAsync(context, HttpStatusCode.NotFound, Error("NotFound", "Unknown path " + path), null);
        }
    }

    private static async Task WriteAsync(HttpListenerContext context, HttpStatusCode status, string? body, IReadOnlyDictionary<string, string>? headers)
    {
        var response = context.Response;
        response.StatusCode = (int)status;
        response.Headers["x-ms-activity-id"] = Guid.NewGuid().ToString();
        response.Headers["x-ms-request-charge"] = "1";
        response.Headers["x-ms-session-token"] = "0:1#1";
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            response.ContentType = "application/json";
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        }

        response.Close();
    }

    private string Account() => new JsonObject
    {
        ["_self"] = "",
        ["id"] = "fake",
        ["_rid"] = "fake.documents.azure.com",
        ["media"] = "//media/",
        ["addresses"] = "//addresses/",
        ["_dbs"] = "//dbs/",
        ["writableLocations"] = new JsonArray(new JsonObject { ["name"] = "Local", ["databaseAccountEndpoint"] = Endpoint }),
        ["readableLocations"] = new JsonArray(new JsonObject { ["name"] = "Local", ["databaseAccountEndpoint"] = Endpoint }),
        ["enableMultipleWriteLocations"] = false,
        ["userReplicationPolicy"] = new JsonObject { ["asyncReplication"] = false, ["minReplicaSetSize"] = 1, ["maxReplicasetSize"] = 4 },
        ["userConsistencyPolicy"] = new JsonObject { ["defaultConsistencyLevel"] = "Session" },
        ["systemReplicationPolicy"] = new JsonObject { ["minReplicaSetSize"] = 1, ["maxReplicasetSize"] = 4 },
        ["readPolicy"] = new JsonObject { ["primaryReadCoefficient"] = 1, ["secondaryReadCoefficient"] = 1 },
        ["queryEngineConfiguration"] = "{}",
    }.ToJsonString();

    private string Collection(string db, string coll) => new JsonObject
    {
        ["id"] = coll,
        ["_rid"] = Rid(coll),
        ["_self"] = $"dbs/{Rid("db")[..6]}/colls/{Rid(coll)}/",
        ["_etag"] = "\"coll-1\"",
        ["_ts"] = 1700000000,
        ["partitionKey"] = new JsonObject { ["paths"] = new JsonArray(_partitionKeys.GetValueOrDefault(coll, "/id")), ["kind"] = "Hash", ["version"] = 2 },
        ["indexingPolicy"] = new JsonObject { ["indexingMode"] = "consistent", ["automatic"] = true, ["includedPaths"] = new JsonArray(new JsonObject { ["path"] = "/*" }), ["excludedPaths"] = new JsonArray() },
        ["geospatialConfig"] = new JsonObject { ["type"] = "Geography" },
        ["_docs"] = "docs/",
        ["_sprocs"] = "sprocs/",
        ["_triggers"] = "triggers/",
        ["_udfs"] = "udfs/",
        ["_conflicts"] = "conflicts/",
    }.ToJsonString();

    private static string Ranges(string coll) => new JsonObject
    {
        ["_rid"] = Rid(coll),
        ["PartitionKeyRanges"] = new JsonArray(new JsonObject
        {
            ["_rid"] = Rid(coll) + "AgAAAAAAAA==",
            ["id"] = "0",
            ["_etag"] = "\"range-0\"",
            ["minInclusive"] = "",
            ["maxExclusive"] = "FF",
            ["ridPrefix"] = 0,
            ["_self"] = "",
            ["throughputFraction"] = 1,
            ["status"] = "online",
            ["parents"] = new JsonArray(),
            ["_ts"] = 1700000000,
        }),
        ["_count"] = 1,
    }.ToJsonString();

    /// <summary>A resource id of the shape the SDK parses: base64 of 8 bytes (database 4, collection 4).</summary>
    private static string Rid(string name)
    {
        var bytes = new byte[8];
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name));
        bytes[0] = 1;
        bytes[4] = (byte)(hash[0] | 0x80);
        bytes[5] = hash[1];
        bytes[6] = hash[2];
        bytes[7] = hash[3];
        return Convert.ToBase64String(bytes);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}

internal sealed record DocumentRequest(string Method, string Path, string? IfMatch, string Body, bool Upsert);
