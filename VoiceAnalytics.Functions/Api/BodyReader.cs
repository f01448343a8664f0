using Microsoft.AspNetCore.Http.Features;

namespace VoiceAnalytics.Functions.Api;

/// <summary>
/// Reads a request body up to a limit. A declared Content-Length over the limit is refused before reading; a
/// chunked body is refused as soon as it passes the limit, so an oversized body is never buffered whole.
/// </summary>
public static class BodyReader
{
    public static bool DeclaresTooMuch(HttpRequest request, long limit) => request.ContentLength > limit;

    /// <summary>The body, or null when it exceeds <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var capacity = request.ContentLength is { } length ? (int)Math.Min(length, limit) : 64 * 1024;
        using var buffer = new MemoryStream(capacity);
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
