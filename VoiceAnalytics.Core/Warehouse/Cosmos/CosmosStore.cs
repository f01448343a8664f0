using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// The container calls the adapter makes, each through <see cref="CosmosRetry"/>. Every document travels as a
/// <see cref="JsonObject"/> (mapped to and from the rows with <see cref="CosmosJson"/>), so one serializer shape covers
/// every container.
/// </summary>
public sealed class CosmosStore(CosmosContainers containers, CosmosRetry retry)
{
    public CosmosContainers Containers => containers;

    public Task UpsertAsync(Container container, JsonObject document, string partitionKey, CancellationToken cancellationToken) =>
        retry.RunAsync(() => container.UpsertItemAsync(document, new PartitionKey(partitionKey), NoContent, cancellationToken), cancellationToken);

    public Task CreateAsync(Container container, JsonObject document, string partitionKey, CancellationToken cancellationToken) =>
        retry.RunAsync(() => container.CreateItemAsync(document, new PartitionKey(partitionKey), NoContent, cancellationToken), cancellationToken);

    /// <summary>Replaces the document only if it still has <paramref name="etag"/>; a change since then surfaces as 412.</summary>
    public Task ReplaceAsync(Container container, JsonObject document, string id, string partitionKey, string? etag, CancellationToken cancellationToken) =>
        retry.RunAsync(
            () => container.ReplaceItemAsync(document, id, new PartitionKey(partitionKey), new ItemRequestOptions { IfMatchEtag = etag, EnableContentResponseOnWrite = false }, cancellationToken),
            cancellationToken);

    /// <summary>The document and its ETag, or null when there is none (404).</summary>
    public async Task<(JsonObject Document, string ETag)?> ReadAsync(Container container, string id, string partitionKey, CancellationToken cancellationToken)
    {
        try
        {
            var response = await retry.RunAsync(() => container.ReadItemAsync<JsonObject>(id, new PartitionKey(partitionKey), null, cancellationToken), cancellationToken).ConfigureAwait(false);
            return (response.Resource, response.ETag);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Deletes the document; one already gone is fine. Whether this call deleted it.</summary>
    public async Task<bool> DeleteAsync(Container container, string id, string partitionKey, CancellationToken cancellationToken)
    {
        try
        {
            await retry.RunAsync(() => container.DeleteItemAsync<JsonObject>(id, new PartitionKey(partitionKey), null, cancellationToken), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Every page of the query: in one partition when <paramref name="partitionKey"/> is given, else across partitions.</summary>
    public async Task<List<T>> QueryAsync<T>(Container container, QueryDefinition query, string? partitionKey, CancellationToken cancellationToken)
    {
        var options = partitionKey is null ? new QueryRequestOptions() : new QueryRequestOptions { PartitionKey = new PartitionKey(partitionKey) };
        var rows = new List<T>();
        using var iterator = container.GetItemQueryIterator<JsonObject>(query, requestOptions: options);
        while (iterator.HasMoreResults)
        {
            var page = await retry.RunAsync(() => iterator.ReadNextAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
            rows.AddRange(page.Select(CosmosJson.Read<T>));
        }

        return rows;
    }

    /// <summary>The query in each day's partition, oldest day first: a window never fans out to every partition.</summary>
    public async Task<List<T>> QueryDaysAsync<T>(Container container, QueryDefinition query, IEnumerable<string> days, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        foreach (var day in days)
        {
            rows.AddRange(await QueryAsync<T>(container, query, day, cancellationToken).ConfigureAwait(false));
        }

        return rows;
    }

    private static readonly ItemRequestOptions NoContent = new() { EnableContentResponseOnWrite = false };
}
