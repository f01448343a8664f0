using WireMock.Server;
using WireMock.Settings;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

/// <summary>
/// A WireMock server on 127.0.0.1 only, on a port the OS picks. <c>WireMockServer.Start()</c> alone listens on every
/// interface (<c>[::]</c>); a test server has no business being reachable from the network.
/// </summary>
internal static class LoopbackWireMock
{
    public static WireMockServer Start() => WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
}
