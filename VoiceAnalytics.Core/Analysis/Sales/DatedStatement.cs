using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales;

/// <summary>A date the user gave, with what it is about (see <see cref="DateTopic"/>).</summary>
internal sealed record DatedStatement(Turn Turn, DateMention Mention, DateTopic Topic, bool OwnPlan)
{
    /// <summary>The day that counts: the end of the window, or its start for "after the holidays".</summary>
    public DateOnly Day => Mention.Relation == DateRelation.After ? Mention.From : Mention.To;
}
