using VoiceAnalytics.Core.Alerts.PagerDuty;

namespace VoiceAnalytics.Tests.Alerts.PagerDuty;

public sealed class PagerDutyDedupKeyTests
{
    [Fact]
    public void For_AlertAndScope_ReadableLowerCaseKey()
    {
        Assert.Equal("voice-analytics/error-rate/5-min-window", PagerDutyDedupKey.For("Error Rate", "5 min window"));
        Assert.Equal("voice-analytics/api-failure/salesforce", PagerDutyDedupKey.For(" API  Failure ", "Salesforce"));
    }

    [Fact]
    public void For_SameInputs_SameKeyEveryTime()
    {
        Assert.Equal(PagerDutyDedupKey.For("Agent Down", "business-hours"), PagerDutyDedupKey.For("agent down", "Business-Hours"));
    }

    [Fact]
    public void For_DifferentScope_DifferentKey()
    {
        Assert.NotEqual(PagerDutyDedupKey.For("API Failure", "salesforce"), PagerDutyDedupKey.For("API Failure", "unleash"));
    }

    [Fact]
    public void For_NoScope_AlertOnly()
    {
        Assert.Equal("voice-analytics/queue-backlog", PagerDutyDedupKey.For("Queue Backlog", ""));
    }

    [Fact]
    public void For_VeryLongScope_AtMost255CharactersAndStillDistinct()
    {
        var a = PagerDutyDedupKey.For("Latency", new string('a', 400));
        var b = PagerDutyDedupKey.For("Latency", new string('a', 399) + "b");

        Assert.Equal(PagerDutyDedupKey.MaxLength, a.Length);
        Assert.Equal(PagerDutyDedupKey.MaxLength, b.Length);
        Assert.NotEqual(a, b);
        Assert.Equal(a, PagerDutyDedupKey.For("Latency", new string('a', 400)));
    }
}
