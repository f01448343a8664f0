using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Dates;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

/// <summary>A date the user gave, with what it is about (see <see cref="DateTopic"/>) and whether it ends a wait (<see cref="DateWait"/>).</summary>
internal sealed record DatedStatement(Turn Turn, DateMention Mention, DateTopic Topic, bool OwnPlan, DateWait Wait = DateWait.None)
{
    /// <summary>
    /// The day that counts: the end of the window, or its start for "after the holidays". A wait moves it past the
    /// window: "nothing changes before April" is April 1, "we're in a contract until March" is the day March ends.
    /// A wait into the year-end lull runs on into the new year.
    /// </summary>
    public DateOnly Day => Mention.Relation == DateRelation.After || Wait != DateWait.None ? PastYearEndLull(WaitEnd) : WaitEnd;

    private DateOnly WaitEnd => Mention.Relation == DateRelation.After ? Mention.From
        : Wait == DateWait.LockIn || (Wait == DateWait.NotBefore && Mention.Relation != DateRelation.By) ? Mention.To.AddDays(1)
        : Mention.To;

    /// <summary>A wait that ends between Christmas and New Year ("after Christmas", "not before the 24th") ends with the year.</summary>
    private static DateOnly PastYearEndLull(DateOnly day) => day.Month == 12 && day.Day >= 24 ? new DateOnly(day.Year + 1, 1, 1) : day;
}
