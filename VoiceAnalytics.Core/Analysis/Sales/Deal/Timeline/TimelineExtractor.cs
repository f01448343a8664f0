using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Dates;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

/// <summary>
/// Decision timeline and urgency. The timeline comes from the earliest date tied to the decision (dates of the
/// decision itself beat dates of the rollout, renewal or budget); with no such date, "no rush" / "just looking" make
/// it <c>evaluating</c>. Urgency is high for a deadline within a week or an explicit "urgent", medium for this month or
/// quarter, low for next quarter or no rush, and null when timing never came up.
/// </summary>
internal static class TimelineExtractor
{
    private const int DaysForHighUrgency = 7;
    private const int DaysForMediumUrgency = 92;
    private const int DaysWithinWeeks = 35;
    private const int ConditionReach = 30;

    public static TimelineSignals Extract(Conversation conversation, IReadOnlyList<ScannedTurn> turns, DateOnly reference)
    {
        var statements = DatedStatementFinder.Find(conversation, turns, reference);
        var best = PlanAfterPeriod(Best(statements), statements);
        var noRush = DealCues.FirstEvidence(turns, TimelineCues.NoRushCue);

        // No rush beats a far-off date that only says when the user could buy (a contract running into 2028), and an
        // explicit "no timeline, just scoping" beats the end of a wait ("we're locked in until February"), and no rush
        // beats the user's own next step ("no rush, I'll look at the pricing page tonight"), even one of talking or
        // thinking it over ("I'll talk it over with the guys tonight"). A decision date still wins.
        var farOff = CalendarMath.QuarterEnd(CalendarMath.QuarterEnd(reference).AddDays(1));
        if (best is not null && noRush is not null && (best.Topic != DateTopic.Decision || IsDeliberationPlan(best))
            && (best.Day > farOff || best.OwnPlan || (best.Wait != DateWait.None && DealCues.FirstEvidence(turns, TimelineCues.JustLookingCue) is not null)))
        {
            best = null;
        }

        Extracted<string>? timeline = null;
        if (best is not null)
        {
            var confidence = best.Topic switch { DateTopic.Decision => 0.85, DateTopic.Purchase => 0.7, _ => 0.55 };
            timeline = new Extracted<string>(TimelineBuckets.Of(best.Day, reference, best.Mention.Text), confidence, Evidence.Sentence(best.Turn, best.Mention.Start));
        }
        else if (noRush is { } calm)
        {
            timeline = new Extracted<string>(TimelineBuckets.Evaluating, 0.7, calm);
        }

        return new TimelineSignals(timeline, best?.Day, Urgency(turns, statements, timeline, noRush, reference));
    }

    /// <summary>
    /// The statement that dates the decision, strongest topic first: the decision itself, then the purchase, then a
    /// deadline the product must meet ("I need this working by Friday"), and last the user's own next step ("I'll set
    /// it up today"), only when nothing else dates it. Within a topic the earliest day wins.
    /// </summary>
    private static DatedStatement? Best(List<DatedStatement> statements) =>
        statements.Where(s => s.Topic == DateTopic.Decision).MinBy(s => s.Day)
        ?? statements.Where(s => s.Topic == DateTopic.Purchase && !s.OwnPlan).MinBy(s => s.Day)
        ?? statements.Where(s => s.Topic == DateTopic.Need && !s.OwnPlan).MinBy(s => s.Day)
        ?? statements.Where(s => s.Topic == DateTopic.Purchase).MinBy(s => s.Day);

    /// <summary>
    /// The user's own plan to weigh it, not to decide: every decision word in the date's sentence is thinking, talking
    /// or bringing it over ("I'll talk it over with the guys tonight"), none is deciding, choosing or signing.
    /// </summary>
    private static bool IsDeliberationPlan(DatedStatement statement)
    {
        if (!statement.OwnPlan || statement.Topic != DateTopic.Decision)
        {
            return false;
        }

        var text = statement.Turn.Text;
        var (start, end) = SentenceBounds.Around(text, statement.Mention.Start);
        var found = false;
        for (var match = TimelineCues.Decision().Match(text, start, end - start); match.Success && match.Index < end; match = match.NextMatch())
        {
            var value = match.ValueSpan;
            var space = value.IndexOf(' ');
            if (!DealText.IsAny(space < 0 ? value : value[..space], Deliberations))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    private static readonly string[] Deliberations =
        ["think", "thinking", "talk", "touch", "we'll", "we’ll", "reconsider", "reconsidering", "bring", "take", "present", "put"];

    /// <summary>
    /// "We're flat out till the end of September, so we'd look at this properly in October": a period the user is
    /// busy until, then the plan, later in the same turn. The plan dates the decision, not the period's end. An
    /// "until" that follows the decision in its own clause ("we want to choose until end of March, then roll out in
    /// April", as non-native speakers say "by") is the decision's deadline, not a busy period.
    /// </summary>
    private static DatedStatement? PlanAfterPeriod(DatedStatement? best, List<DatedStatement> statements)
    {
        if (best is null || best.Mention.Relation != DateRelation.By || !StartsWithUntil(best.Mention.Text)
            || DecidesBefore(best.Turn.Text, best.Mention.Start))
        {
            return best;
        }

        return statements
            .Where(s => ReferenceEquals(s.Turn, best.Turn) && s.Mention.Start > best.Mention.Start && s.Day > best.Day
                && s.Topic is DateTopic.Decision or DateTopic.Purchase)
            .MinBy(s => s.Mention.Start) ?? best;
    }

    private static bool DecidesBefore(string text, int start)
    {
        var clause = DealText.ClauseStart(text, start);
        return TimelineCues.Decision().IsMatch(text.AsSpan(clause, start - clause));
    }

    private static bool StartsWithUntil(string text) =>
        text.StartsWith("till ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("until ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("til ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An urgent word under a condition is a consequence weighed, not pressure felt: "our CIO will shut this down
    /// immediately if it's not compliant", "if it's urgent we call them". A hedge ("ASAP if possible") keeps it.
    /// </summary>
    private static bool IsConditional(string text, System.Text.RegularExpressions.Match match)
    {
        var end = match.Index + match.Length;
        return ConditionOpensBefore(text, match.Index)
            || TimelineCues.ConditionAfter().IsMatch(text.AsSpan(end, Math.Min(ConditionReach, text.Length - end)));
    }

    /// <summary>An "if" / "unless" earlier in the clause that is more than a hedge ("this week if possible we need it now" stays urgent).</summary>
    private static bool ConditionOpensBefore(string text, int index)
    {
        var cursor = index;
        for (var clause = DealText.ClauseStart(text, index); DealText.PreviousWord(text, cursor) is { } word && word.Start >= clause; cursor = word.Start)
        {
            var w = text.AsSpan(word.Start, word.End - word.Start);
            if ((w.Equals("if", StringComparison.OrdinalIgnoreCase) || w.Equals("unless", StringComparison.OrdinalIgnoreCase))
                && TimelineCues.ConditionAfter().IsMatch(text.AsSpan(word.Start, Math.Min(ConditionReach, text.Length - word.Start))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The end of a month, quarter or year is a target at that level, not a deadline within days, unless it falls
    /// this week: "decide by the end of February" said on the 21st is medium.
    /// </summary>
    private static bool IsPeriodEnd(DatedStatement statement, DateOnly reference) =>
        statement.Day > CalendarMath.WeekEnd(reference)
        && statement.Mention.Text.Contains("end of", StringComparison.OrdinalIgnoreCase)
        && !statement.Mention.Text.Contains("week", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A named day or week ahead, not a wait's end or a loose month: within weeks it is medium even when it falls next
    /// quarter ("our renewal is July 15th" said June 29), where "maybe next month" stays with its bucket.
    /// </summary>
    private static bool IsExactTarget(DatedStatement statement) =>
        statement.Wait == DateWait.None && statement.Mention.Relation != DateRelation.After
        && statement.Mention.Granularity is DateGranularity.Day or DateGranularity.Week;

    private static Extracted<string>? Urgency(
        IReadOnlyList<ScannedTurn> turns, List<DatedStatement> statements, Extracted<string>? timeline, Evidence? noRush, DateOnly reference)
    {
        if (DealCues.FirstEvidence(turns, TimelineCues.UrgentCue, (text, m) => !DealText.IsNegatedBefore(text, m.Index) && !IsConditional(text, m)) is { } urgent)
        {
            return new Extracted<string>(UrgencyLevels.High, 0.85, urgent);
        }

        // A plan of the user's own ("I'll do the upgrade tonight", "I'll talk it over tonight") shows eagerness, not a deadline.
        var deadlines = statements.Where(s => !s.OwnPlan || (s.Topic == DateTopic.Decision && !IsDeliberationPlan(s))).ToList();
        if (deadlines.MinBy(s => s.Day) is { } soonest)
        {
            var days = soonest.Day.DayNumber - reference.DayNumber;
            var evidence = Evidence.Sentence(soonest.Turn, soonest.Mention.Start);
            if (days <= DaysForHighUrgency && !IsPeriodEnd(soonest, reference))
            {
                return new Extracted<string>(UrgencyLevels.High, 0.75, evidence);
            }

            if ((timeline is null && days <= DaysForMediumUrgency) || (days <= DaysWithinWeeks && noRush is null && IsExactTarget(soonest)))
            {
                return new Extracted<string>(UrgencyLevels.Medium, 0.6, evidence);
            }
        }

        return timeline?.Value switch
        {
            TimelineBuckets.ThisWeek => timeline with { Value = UrgencyLevels.High, Confidence = 0.7 },
            TimelineBuckets.ThisMonth or TimelineBuckets.ThisQuarter => timeline with { Value = UrgencyLevels.Medium, Confidence = 0.7 },
            TimelineBuckets.NextQuarter or TimelineBuckets.Evaluating => timeline with { Value = UrgencyLevels.Low, Confidence = 0.7 },
            _ => noRush is null ? null : new Extracted<string>(UrgencyLevels.Low, 0.6, noRush),
        };
    }
}
