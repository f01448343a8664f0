using VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

// A need set by an event named without its date ("before we move") takes the date given earlier for that event.
public sealed class TimelineEventAnaphoraTests
{
    [Theory]
    [InlineData("2027-04-02", TimelineBuckets.ThisQuarter, "We're moving offices in May anyway. I want the new system in before we move.")] // same turn, the event keeps its month
    [InlineData("2026-02-09", TimelineBuckets.ThisMonth, "we're opening our sixth location in two weeks", "what I really need is it running by the time the new location opens")] // an earlier turn
    [InlineData("2026-10-01", TimelineBuckets.NextQuarter, "our busy season is in January", "I want everyone trained ahead of the busy season")]
    public void Extract_EventNamedWithoutItsDate_TakesTheEventsDate(string day, string expected, params string[] lines) =>
        Assert.Equal(expected, DealCall.ExtractOn(day, lines).DecisionTimeline?.Value);

    [Fact]
    public void Extract_EventDeadlineWithinWeeks_IsMediumUrgency() =>
        Assert.Equal(UrgencyLevels.Medium, DealCall.ExtractOn("2026-02-09", "we're opening our sixth location in two weeks", "I need it running by the time the new location opens").Urgency?.Value);

    [Theory]
    [InlineData("our auditor visits in November", "I want to read some reviews before we decide")] // the event shares no word with the dated sentence
    [InlineData("we're moving offices in November", "I don't need it before we move")] // a denied need
    public void Extract_EventThatIsNotTheDatedOne_GivesNoTimeline(string dated, string pointer) =>
        Assert.Null(DealCall.Extract(dated, pointer).DecisionTimeline);

    [Theory]
    [InlineData("2026-12-03", "we're moving onto hubspot in march. honestly nothing's happening till that migration's done")] // the wait in the next sentence
    [InlineData("2026-07-08", "we signed a contract with them until November, so even if you were free I couldn't move before then.")] // a negated modal
    public void Extract_WaitPointingBackAtADate_EndsThere(string day, string line)
    {
        var deal = DealCall.ExtractOn(day, line);

        Assert.Equal(TimelineBuckets.NextQuarter, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Low, deal.Urgency?.Value);
    }
}
