namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>A bearer token and the instance it is valid for. A class, not a record: its text must never reach a log through <c>ToString()</c>.</summary>
internal sealed class SalesforceAccessToken(string value, Uri instanceUrl, DateTimeOffset obtainedAt)
{
    public string Value { get; } = value;

    public Uri InstanceUrl { get; } = instanceUrl;

    public DateTimeOffset ObtainedAt { get; } = obtainedAt;

    public override string ToString() => $"Salesforce access token for {InstanceUrl.Host}";
}
