using System.Net;
using System.Net.Http.Headers;

namespace VoiceAnalytics.Bench.Ingest;

/// <summary>An application/json body written from three pre-built segments; no copy, known Content-Length.</summary>
public sealed class TemplatedJsonContent : HttpContent
{
    private readonly ReadOnlyMemory<byte> _prefix;
    private readonly ReadOnlyMemory<byte> _id;
    private readonly ReadOnlyMemory<byte> _suffix;

    public TemplatedJsonContent(ReadOnlyMemory<byte> prefix, ReadOnlyMemory<byte> id, ReadOnlyMemory<byte> suffix)
    {
        _prefix = prefix;
        _id = id;
        _suffix = suffix;
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(_prefix, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(_id, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(_suffix, cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _prefix.Length + _id.Length + _suffix.Length;
        return true;
    }
}
