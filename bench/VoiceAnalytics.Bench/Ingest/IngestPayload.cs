using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Contracts.Parsing;

namespace VoiceAnalytics.Bench.Ingest;

/// <summary>
/// A real session trimmed to a target size, split around its session id: a request body is prefix + id + suffix,
/// so per-request bodies differ only in the id and none is serialized while the clock runs.
/// </summary>
public sealed class IngestPayload
{
    private IngestPayload(byte[] prefix, byte[] suffix, int metricsKept, int metricsOriginal)
    {
        Prefix = prefix;
        Suffix = suffix;
        MetricsKept = metricsKept;
        MetricsOriginal = metricsOriginal;
    }

    public ReadOnlyMemory<byte> Prefix { get; }

    public ReadOnlyMemory<byte> Suffix { get; }

    public int MetricsKept { get; }

    public int MetricsOriginal { get; }

    /// <summary>The exact size of every request body in bytes.</summary>
    public long BodyLength => Prefix.Length + SessionIdPool.Width + Suffix.Length;

    /// <summary>
    /// A call as written by the agent, its session id swapped for the placeholder (the JSON is re-serialized compact,
    /// so whitespace differs from the file; the content does not).
    /// </summary>
    public static IngestPayload FromFile(string path) => Build(path, int.MaxValue);

    /// <summary>Drops metrics records from the end until the compact body fits in <paramref name="targetBytes"/>.</summary>
    public static IngestPayload Build(string samplePath, int targetBytes)
    {
        var root = JsonNode.Parse(File.ReadAllBytes(samplePath))?.AsObject()
            ?? throw new InvalidDataException($"{samplePath} is not a JSON object.");
        var metrics = root["metrics"]?.AsArray() ?? throw new InvalidDataException($"{samplePath} has no metrics array.");
        var original = metrics.Count;
        root["session_id"] = SessionIdPool.Placeholder;

        var body = JsonSerializer.SerializeToUtf8Bytes(root);
        while (body.Length > targetBytes && metrics.Count > 0)
        {
            metrics.RemoveAt(metrics.Count - 1);
            body = JsonSerializer.SerializeToUtf8Bytes(root);
        }

        // The app would answer 400 to an invalid body; fail here rather than report 400s as the app's errors.
        var parsed = PayloadParser.Parse(body);
        if (!parsed.IsValid)
        {
            throw new InvalidDataException("The trimmed payload is invalid: " + string.Join("; ", parsed.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }

        var marker = Encoding.ASCII.GetBytes(SessionIdPool.Placeholder);
        var at = body.AsSpan().IndexOf(marker);
        if (at < 0 || body.AsSpan(at + marker.Length).IndexOf(marker) >= 0)
        {
            throw new InvalidDataException("The session id placeholder must occur exactly once in the body.");
        }

        return new IngestPayload(body[..at], body[(at + marker.Length)..], metrics.Count, original);
    }

    public HttpContent CreateContent(ReadOnlyMemory<byte> sessionId) => new TemplatedJsonContent(Prefix, sessionId, Suffix);
}
