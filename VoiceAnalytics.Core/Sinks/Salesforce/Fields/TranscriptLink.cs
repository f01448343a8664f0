using VoiceAnalytics.Core.Sinks.Salesforce.Api;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>The URL of a call's full JSON: <see cref="SalesforceOptions.TranscriptBaseUrl"/> followed by the escaped session id.</summary>
internal static class TranscriptLink
{
    public static string? For(string sessionId, SalesforceOptions options) =>
        string.IsNullOrWhiteSpace(options.TranscriptBaseUrl)
            ? null
            : options.TranscriptBaseUrl.TrimEnd('/') + "/" + Uri.EscapeDataString(sessionId);
}
