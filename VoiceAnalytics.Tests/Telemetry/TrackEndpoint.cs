using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VoiceAnalytics.Tests.Telemetry;

/// <summary>
/// A local stand-in for Application Insights ingestion on 127.0.0.1: records each request's method, path, and
/// body (ungzipped when it came compressed) and answers 200 with the ingestion response shape.
/// Wire format relied on: the Azure Monitor exporter posts a batch of telemetry items as newline-delimited JSON to
/// "{IngestionEndpoint}/v2.1/track" (azure-sdk-for-net, sdk/monitor/Azure.Monitor.OpenTelemetry.Exporter,
/// src/Customizations/ApplicationInsightsRestClient.cs: CreateRequest appends "/v2.1/track", NDJsonWriter writes one
/// item per line), the endpoint taken from the connection string's IngestionEndpoint
/// (learn.microsoft.com/azure/azure-monitor/app/opentelemetry-configuration, "Connection string").
/// </summary>
internal sealed class TrackEndpoint : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<TrackRequest> _requests = [];
    private readonly Task _loop;

    public TrackEndpoint()
    {
        Url = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public sealed record TrackRequest(string Method, string Path, bool Gzipped, string Body);

    public string Url { get; }

    public IReadOnlyList<TrackRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var raw = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(raw).ConfigureAwait(false);
            var bytes = raw.ToArray();
            var gzipped = context.Request.Headers["Content-Encoding"] == "gzip" || (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b);
            var body = Encoding.UTF8.GetString(gzipped ? Gunzip(bytes) : bytes);
            lock (_requests)
            {
                _requests.Add(new TrackRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, gzipped, body));
            }

            var items = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
            var answer = Encoding.UTF8.GetBytes($$"""{"itemsReceived":{{items}},"itemsAccepted":{{items}},"errors":[]}""");
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(answer).ConfigureAwait(false);
            context.Response.Close();
        }
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
