using System.Text.Json;
using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// Maps a <see cref="WarehouseRecord"/> to its documents: the row's own fields under their SQLite column names, plus
/// <c>id</c> (the session id: a replay upserts the same documents) and <c>day</c> (the partition key). The few fields
/// copied from the session into the metrics and analysis documents are the ones their window queries filter on, since
/// Cosmos has no joins across containers.
/// </summary>
public static class CosmosDocuments
{
    public static JsonObject Session(SessionRow row)
    {
        var document = Keyed(row.SessionId, row.StartTime, CosmosJson.ToObject(row));
        document["ended_at"] = WarehouseTime.Format(row.EndedAt);
        return document;
    }

    /// <summary>The transcript, with <c>transcript_json</c> as a nested object so analysts can query into it.</summary>
    public static JsonObject Transcript(TranscriptRow row, DateTimeOffset sessionStart)
    {
        var document = Keyed(row.SessionId, sessionStart, CosmosJson.ToObject(row));
        document["transcript_json"] = JsonNode.Parse(row.TranscriptJson);
        return document;
    }

    /// <summary>One document per session holding its turns (<c>turns</c>, the <c>metrics</c> rows): replaced as a set by one upsert.</summary>
    public static JsonObject Metrics(SessionRow session, IReadOnlyList<MetricRow> rows)
    {
        var turns = new JsonArray();
        foreach (var row in rows)
        {
            turns.Add(CosmosJson.ToObject(row));
        }

        var times = rows.Select(r => WarehouseTime.Format(r.Timestamp)).Order(StringComparer.Ordinal).ToList();
        var document = Keyed(session.SessionId, session.StartTime, new JsonObject { ["session_id"] = session.SessionId });
        document["start_time"] = WarehouseTime.Format(session.StartTime);
        document["ended_at"] = WarehouseTime.Format(session.EndedAt);
        // The turns' time span: an ops window selects the documents that overlap it, then the turns inside it.
        document["first_turn_at"] = times.Count > 0 ? times[0] : null;
        document["last_turn_at"] = times.Count > 0 ? times[^1] : null;
        document["turns"] = turns;
        return document;
    }

    /// <summary>The analyzers' results as nested objects (null when an analyzer did not run), the LLM cost, and the session fields the digest and ops windows filter on.</summary>
    public static JsonObject Analysis(SessionRow session, AnalysisRow row, LlmCostRow? cost)
    {
        // Built field by field: the row keeps its results in a dictionary that has no JSON name of its own.
        var document = Keyed(row.SessionId, session.StartTime, new JsonObject
        {
            ["session_id"] = row.SessionId,
            ["analyzed_at"] = WarehouseTime.Format(row.AnalyzedAt),
            ["analyzer_version"] = row.AnalyzerVersion,
        });
        foreach (var column in AnalysisRow.Columns)
        {
            document[column] = row.Get(column) is { } value ? JsonNode.Parse(value.GetRawText()) : null;
        }

        document["llm_cost"] = cost is null ? null : CosmosJson.ToObject(cost);
        document["start_time"] = WarehouseTime.Format(session.StartTime);
        document["ended_at"] = WarehouseTime.Format(session.EndedAt);
        document["engagement_score"] = session.EngagementScore;
        return document;
    }

    private static JsonObject Keyed(string sessionId, DateTimeOffset start, JsonObject fields)
    {
        var document = new JsonObject { ["id"] = sessionId, ["day"] = CosmosDay.Of(start) };
        foreach (var (name, value) in fields.ToList())
        {
            fields.Remove(name);
            document[name] = value;
        }

        return document;
    }

    /// <summary>A nested value by path, or null when a step is missing or not an object.</summary>
    public static JsonElement? At(JsonElement? root, params string[] path)
    {
        if (root is not { ValueKind: JsonValueKind.Object } current)
        {
            return null;
        }

        foreach (var step in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.Null ? null : current;
    }

    public static string? Text(JsonElement? value) => value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    public static double? Number(JsonElement? value) => value is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;

    public static IEnumerable<JsonElement> Items(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];
}
