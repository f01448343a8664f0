using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using NSubstitute;

namespace VoiceAnalytics.Tests.Warehouse.Cosmos;

/// <summary>
/// A <see cref="Container"/> substitute that keeps documents in memory, keyed by (partition key, id), with ETags:
/// create of an existing id throws 409, replace with a stale If-Match throws 412, read of a missing id 404 — the
/// status codes the service answers. Queries run through <see cref="CosmosQueryEvaluator"/>, in the partition the
/// request names or across all. Every write and query is recorded for assertions.
/// </summary>
internal sealed class InMemoryCosmosContainer
{
    private readonly Dictionary<(string Partition, string Id), (JsonObject Document, string ETag)> _documents = [];

    // The adapter writes in parallel (the bulk backfill): every access to the documents and the logs holds this,
    // as the real service serializes writes to one item (an unguarded Dictionary lost documents under load).
    private readonly Lock _gate = new();
    private readonly string _partitionField;
    private int _etag;

    public InMemoryCosmosContainer(string name, string partitionKeyPath)
    {
        Name = name;
        _partitionField = partitionKeyPath.TrimStart('/');
        Container = Substitute.For<Container>();
        Container.Id.Returns(name);
        Container.UpsertItemAsync(Arg.Any<JsonObject>(), Arg.Any<PartitionKey?>(), Arg.Any<ItemRequestOptions>(), Arg.Any<CancellationToken>())
            .Returns(call => Write(call.ArgAt<JsonObject>(0), call.ArgAt<PartitionKey?>(1), mustExist: false, mustBeNew: false, etag: null));
        Container.CreateItemAsync(Arg.Any<JsonObject>(), Arg.Any<PartitionKey?>(), Arg.Any<ItemRequestOptions>(), Arg.Any<CancellationToken>())
            .Returns(call => Write(call.ArgAt<JsonObject>(0), call.ArgAt<PartitionKey?>(1), mustExist: false, mustBeNew: true, etag: null));
        Container.ReplaceItemAsync(Arg.Any<JsonObject>(), Arg.Any<string>(), Arg.Any<PartitionKey?>(), Arg.Any<ItemRequestOptions>(), Arg.Any<CancellationToken>())
            .Returns(call => Write(call.ArgAt<JsonObject>(0), call.ArgAt<PartitionKey?>(2), mustExist: true, mustBeNew: false, etag: call.ArgAt<ItemRequestOptions>(3)?.IfMatchEtag));
        Container.ReadItemAsync<JsonObject>(Arg.Any<string>(), Arg.Any<PartitionKey>(), Arg.Any<ItemRequestOptions>(), Arg.Any<CancellationToken>())
            .Returns(call => Read(call.ArgAt<string>(0), call.ArgAt<PartitionKey>(1)));
        Container.DeleteItemAsync<JsonObject>(Arg.Any<string>(), Arg.Any<PartitionKey>(), Arg.Any<ItemRequestOptions>(), Arg.Any<CancellationToken>())
            .Returns(call => Delete(call.ArgAt<string>(0), call.ArgAt<PartitionKey>(1)));
        Container.GetItemQueryIterator<JsonObject>(Arg.Any<QueryDefinition>(), Arg.Any<string>(), Arg.Any<QueryRequestOptions>())
            .Returns(call => Query(call.ArgAt<QueryDefinition>(0), call.ArgAt<QueryRequestOptions>(2)));
    }

    public string Name { get; }

    public Container Container { get; }

    /// <summary>Each query sent: its text, parameters and the partition it was confined to (null: across partitions).</summary>
    public List<(string Text, IReadOnlyDictionary<string, object> Parameters, string? Partition)> Queries { get; } = [];

    /// <summary>Each write: the document as sent and the partition key value it was written under.</summary>
    public List<(JsonObject Document, string Partition)> Writes { get; } = [];

    /// <summary>Runs before each write; a test throws from it to simulate a concurrent writer.</summary>
    public Action<JsonObject>? BeforeWrite { get; set; }

    public IReadOnlyList<JsonObject> Documents
    {
        get
        {
            lock (_gate)
            {
                return _documents.Values.Select(v => (JsonObject)v.Document.DeepClone()).ToList();
            }
        }
    }

    private Task<ItemResponse<JsonObject>> Write(JsonObject document, PartitionKey? partitionKey, bool mustExist, bool mustBeNew, string? etag)
    {
        var partition = Key(partitionKey ?? throw new InvalidOperationException("The adapter must name the partition key of every write."));
        var stored = (JsonObject)document.DeepClone();
        if (Key(new PartitionKey(stored[_partitionField]?.GetValue<string>())) != partition)
        {
            throw new CosmosException($"The document's {_partitionField} does not match the partition key.", HttpStatusCode.BadRequest, 1001, "", 0);
        }

        BeforeWrite?.Invoke(stored);
        string next;
        bool exists;
        lock (_gate)
        {
            var id = stored["id"]!.GetValue<string>();
            exists = _documents.TryGetValue((partition, id), out var current);
            if (mustBeNew && exists)
            {
                throw new CosmosException("Conflict", HttpStatusCode.Conflict, 0, "", 1);
            }

            if (mustExist && !exists)
            {
                throw new CosmosException("Not found", HttpStatusCode.NotFound, 0, "", 1);
            }

            if (etag is not null && exists && current.ETag != etag)
            {
                throw new CosmosException("Precondition failed", HttpStatusCode.PreconditionFailed, 0, "", 1);
            }

            next = "\"" + (++_etag).ToString(CultureInfo.InvariantCulture) + "\"";
            _documents[(partition, id)] = (stored, next);
            Writes.Add(((JsonObject)stored.DeepClone(), partition));
        }

        return Task.FromResult(Response(stored, next, exists ? HttpStatusCode.OK : HttpStatusCode.Created));
    }

    private Task<ItemResponse<JsonObject>> Read(string id, PartitionKey partitionKey)
    {
        lock (_gate)
        {
            return _documents.TryGetValue((Key(partitionKey), id), out var found)
                ? Task.FromResult(Response((JsonObject)found.Document.DeepClone(), found.ETag, HttpStatusCode.OK))
                : throw new CosmosException("Not found", HttpStatusCode.NotFound, 0, "", 1);
        }
    }

    private Task<ItemResponse<JsonObject>> Delete(string id, PartitionKey partitionKey)
    {
        lock (_gate)
        {
            return _documents.Remove((Key(partitionKey), id), out var gone)
                ? Task.FromResult(Response(gone.Document, gone.ETag, HttpStatusCode.NoContent))
                : throw new CosmosException("Not found", HttpStatusCode.NotFound, 0, "", 1);
        }
    }

    private FeedIterator<JsonObject> Query(QueryDefinition query, QueryRequestOptions? options)
    {
        var partition = options?.PartitionKey is { } key ? Key(key) : null;
        List<JsonObject> candidates;
        lock (_gate)
        {
            Queries.Add((query.QueryText, query.GetQueryParameters().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal), partition));
            candidates = [.. _documents.Where(d => partition is null || d.Key.Partition == partition).Select(d => (JsonObject)d.Value.Document.DeepClone())];
        }

        var rows = CosmosQueryEvaluator.Run(query, candidates).ToList();

        var page = Substitute.For<FeedResponse<JsonObject>>();
        page.Resource.Returns(rows);
        page.Count.Returns(rows.Count);
        page.GetEnumerator().Returns(_ => rows.GetEnumerator());
        var iterator = Substitute.For<FeedIterator<JsonObject>>();
        iterator.HasMoreResults.Returns(true, false);
        iterator.ReadNextAsync(Arg.Any<CancellationToken>()).Returns(page);
        return iterator;
    }

    private static ItemResponse<JsonObject> Response(JsonObject document, string etag, HttpStatusCode status)
    {
        var response = Substitute.For<ItemResponse<JsonObject>>();
        response.Resource.Returns(document);
        response.ETag.Returns(etag);
        response.StatusCode.Returns(status);
        return response;
    }

    private static string Key(PartitionKey key) => key.ToString();
}
