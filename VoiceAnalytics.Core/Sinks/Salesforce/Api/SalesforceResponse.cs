using System.Net;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>What came back from one REST call: status, body text and the <c>Retry-After</c> delay if any.</summary>
internal sealed record SalesforceResponse(HttpStatusCode Status, string Body, TimeSpan? RetryAfter);
