using System.Net;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Bench.EndToEnd;
using VoiceAnalytics.Bench.Ingest;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Bench.Scale;

/// <summary>
/// Runs the real app (every sink unconfigured, so to the outbox) on the dev calls the warehouse templates use, and
/// reads back what it stored for each: real rows for the generator to copy, never hand-written ones.
/// </summary>
internal static class StoredSessionTemplates
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<IReadOnlyDictionary<string, StoredSessionTemplate>> CaptureAsync(IEnumerable<string> files, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("x-functions-key", AppEndpoint.ApiKey);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var app = await AppEndpoint.StartAsync(withPump: true, folder).ConfigureAwait(false))
        {
            foreach (var file in files)
            {
                var body = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.SharedData(), "calls", file), cancellationToken).ConfigureAwait(false);
                var id = PayloadParser.Parse(body).Payload?.SessionId ?? throw new InvalidDataException($"{file} is not a valid call payload.");
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                using var response = await client.PostAsync(app.Endpoint, content, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    throw new InvalidOperationException($"POST {file}: HTTP {(int)response.StatusCode}");
                }

                ids[file] = id;
            }

            var statuses = new SessionStatusClient(client, app.Endpoint);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            foreach (var id in ids.Values)
            {
                while (!(await statuses.GetAsync(id, cancellationToken).ConfigureAwait(false)).IsFinal)
                {
                    if (clock.Elapsed > Timeout)
                    {
                        throw new TimeoutException($"{id} was not analyzed within {Timeout}.");
                    }

                    await Task.Delay(50, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "voice-analytics.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return ids.ToDictionary(p => p.Key, p => Read(connection, p.Key, p.Value), StringComparer.Ordinal);
    }

    private static StoredSessionTemplate Read(SqliteConnection connection, string file, string id)
    {
        byte[] body;
        string? report;
        using (var command = Command(connection, "SELECT b.codec, b.body, s.report_json FROM ingested_sessions s JOIN ingested_bodies b ON b.session_id = s.session_id WHERE s.session_id = $id;", id))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            body = PayloadCodec.Decode(reader.GetInt32(0), (byte[])reader.GetValue(1));
            report = CompressedText.Decode(reader.GetValue(2));
        }

        return new StoredSessionTemplate(
            file, id, body, report,
            Rows(connection, "SELECT analyzer, version, result_json FROM analyzer_checkpoints WHERE session_id = $id ORDER BY analyzer;", id, r => (r.GetString(0), r.GetInt64(1), r.GetString(2))),
            Rows(connection, "SELECT sink, status FROM deliveries WHERE session_id = $id ORDER BY sink;", id, r => (r.GetString(0), r.GetString(1))),
            Rows(connection, "SELECT sink, destination, message_key, payload, codec FROM outbox WHERE session_id = $id ORDER BY id;", id,
                r => (r.GetString(0), r.GetString(1), r.GetString(2), OutboxPayloadCodec.Decode(r.GetValue(3), r.GetInt64(4)))));
    }

    private static List<T> Rows<T>(SqliteConnection connection, string sql, string id, Func<SqliteDataReader, T> map)
    {
        using var command = Command(connection, sql, id);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string id)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return command;
    }
}
