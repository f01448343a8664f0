using System.Net;
using System.Net.Sockets;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

/// <summary>A loopback URL nobody listens on: a port the OS handed out and that was released at once.</summary>
internal static class ClosedPort
{
    public static string Url()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
