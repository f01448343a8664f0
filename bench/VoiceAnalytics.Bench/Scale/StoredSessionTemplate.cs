using System.Text;

namespace VoiceAnalytics.Bench.Scale;

/// <summary>
/// What the real app stored for one dev call in the non-warehouse stores: the raw body, the report, the analyzer
/// checkpoints, the ledger rows and the outbox messages. <see cref="For"/> copies it for another session id by
/// replacing every occurrence of the call's own id.
/// </summary>
internal sealed record StoredSessionTemplate(
    string File,
    string SessionId,
    byte[] Body,
    string? ReportJson,
    IReadOnlyList<(string Analyzer, long Version, string ResultJson)> Checkpoints,
    IReadOnlyList<(string Sink, string Status)> Deliveries,
    IReadOnlyList<(string Sink, string Destination, string MessageKey, string Payload)> Outbox)
{
    public byte[] BodyFor(string sessionId)
    {
        var from = Encoding.UTF8.GetBytes(SessionId);
        var to = Encoding.UTF8.GetBytes(sessionId);
        using var output = new MemoryStream(Body.Length + 64);
        var rest = Body.AsSpan();
        int at;
        while ((at = rest.IndexOf(from)) >= 0)
        {
            output.Write(rest[..at]);
            output.Write(to);
            rest = rest[(at + from.Length)..];
        }

        output.Write(rest);
        return output.ToArray();
    }

    public string TextFor(string text, string sessionId) => text.Replace(SessionId, sessionId, StringComparison.Ordinal);
}
