using System.Diagnostics;
using OpenTelemetry;

namespace VoiceAnalytics.Core.Telemetry;

/// <summary>
/// Cuts the URL tags of HTTP spans down to scheme, host and port. Some destinations carry their credential in the
/// path (a Slack incoming webhook is <c>/services/T…/B…/secret</c>) and a query may carry a Functions key
/// (<c>?code=</c>); the host and the status code are what ops needs to see which dependency failed.
/// </summary>
internal sealed class HttpUrlRedactor : BaseProcessor<Activity>
{
    private const string PeoplePath = "/api/people/";

    private static readonly string[] UrlTags = ["url.full", "http.url"];

    public override void OnEnd(Activity data)
    {
        foreach (var tag in UrlTags)
        {
            if (data.GetTagItem(tag) is string url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                data.SetTag(tag, uri.GetLeftPart(UriPartial.Authority) + "/");
            }
        }

        // A server span's path of the erasure API holds the email address being erased: keep the route, not the value.
        if (data.GetTagItem("url.path") is string path && path.StartsWith(PeoplePath, StringComparison.OrdinalIgnoreCase))
        {
            data.SetTag("url.path", PeoplePath + "{email}");
        }

        if (data.GetTagItem("url.query") is not null)
        {
            data.SetTag("url.query", null);
        }
    }
}
