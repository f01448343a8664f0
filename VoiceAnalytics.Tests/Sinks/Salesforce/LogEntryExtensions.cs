using WireMock;
using WireMock.Logging;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

/// <summary>WireMock log entries always carry the request; this says so to the nullable analysis.</summary>
internal static class LogEntryExtensions
{
    public static IRequestMessage Request(this ILogEntry entry) =>
        entry.RequestMessage ?? throw new InvalidOperationException("A WireMock log entry without its request.");
}
