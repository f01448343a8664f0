using System.Diagnostics;
using VoiceAnalytics.Core.Telemetry;

namespace VoiceAnalytics.Tests.Telemetry;

public sealed class HttpUrlRedactorTests
{
    [Fact]
    public void OnEnd_ErasurePath_KeepsTheRouteNotTheEmail()
    {
        using var activity = new Activity("DELETE api/people/{email}");
        activity.SetTag("url.path", "/api/people/dana.w%40example.com");
        activity.SetTag("url.full", "http://localhost:7071/api/people/dana.w%40example.com");

        new HttpUrlRedactor().OnEnd(activity);

        Assert.Equal("/api/people/{email}", activity.GetTagItem("url.path"));
        Assert.Equal("http://localhost:7071/", activity.GetTagItem("url.full"));
    }

    [Fact]
    public void OnEnd_OtherPath_Unchanged()
    {
        using var activity = new Activity("GET api/sessions/{id}");
        activity.SetTag("url.path", "/api/sessions/s-1");

        new HttpUrlRedactor().OnEnd(activity);

        Assert.Equal("/api/sessions/s-1", activity.GetTagItem("url.path"));
    }
}
