using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Dates;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

/// <summary>
/// Finds the dates the user speaks of and what each is about. Left out: past dates, negated ones ("not this
/// quarter"), "today" meaning nowadays ("every quote today is printed"), and meeting slots (a time of day, or an
/// answer to "what time works?" with no decision words). An answer to "when would you decide?", or a turn where the
/// user brings up timing or asks how to buy, ties its dates to the purchase. A negated or locked-in limit ("nothing changes before
/// April", "we're in a contract until March") is read as the end of a wait (<see cref="DateWait"/>).
/// </summary>
internal static class DatedStatementFinder
{
    private const int WaitReach = 60;
    private const int AnaphoraReach = 160;
    private const int SlotReach = 24;
    private const int ConditionReach = 30;
    private const int PlanNegationReach = 6;
    private const int AppositiveSlack = 12;

    private static readonly string[] Fillers = ["like", "um", "uh", "even", "really", "exactly"];

    // After a negator these hedge or widen rather than deny: "not sure, maybe next week", "not just this week".
    private static readonly string[] HedgesAfterNegator = ["sure", "know", "just", "only", "even", "too", "that"];

    public static List<DatedStatement> Find(Conversation conversation, IReadOnlyList<ScannedTurn> turns, DateOnly reference)
    {
        var found = new List<DatedStatement>();
        List<(Turn Turn, DateMention Mention)>? undated = null; // plain dates that named an event but nothing to do with the purchase
        foreach (var (turn, scan) in turns)
        {
            var mentions = RelativeDates.FindAll(scan, reference);
            List<int>? needs = null;
            List<int> Needs() => needs ??= NeedIndexes(scan);
            if (mentions.Count == 0)
            {
                LinkEvents(found, undated, turn, scan, mentions, Needs);
                continue;
            }

            var context = Context(conversation, turn, scan);
            bool? buying = null;
            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                if (mention.IsPast || TakenBack(turn.Text, mention, mentions, m) || IsOrdinalAdjective(turn.Text, mention))
                {
                    continue;
                }

                if (PointedBackBefore(turn.Text, mention, m + 1 < mentions.Count ? mentions[m + 1].Start : turn.Text.Length))
                {
                    // "Spring starts in March and I'd want this set up before then": before March, not in it
                    mention = mention with { Relation = DateRelation.Before, From = reference, To = CalendarMath.Max(reference, mention.From.AddDays(-1)) };
                }

                var clause = DealText.ClauseStart(turn.Text, mention.Start);
                var wait = Wait(turn.Text, scan, clause, mention);
                if (wait == DateWait.None && (IsNegatedCurrentPeriod(turn.Text, mention, reference) || IsCurrentPeriodOver(turn.Text, mention, reference)))
                {
                    // "not this quarter", "not this year", "this year is finished": the purchase waits until the period is over
                    mention = mention with { Relation = DateRelation.After, From = mention.To.AddDays(1), To = mention.To.AddDays(1) };
                    wait = DateWait.NotBefore;
                }

                if (wait == DateWait.None && (IsNegated(turn.Text, mention.Start) || IsNegatedPlan(turn.Text, mention) || IsHabit(turn.Text, clause, mention)))
                {
                    continue;
                }

                // "so how do I buy this. 4 seats, today": in a turn that asks how to buy, today is the purchase's day, as
                // the user's own next step (a deadline stated elsewhere still dates the decision)
                var nowadays = wait == DateWait.None && IsNowadays(turn.Text, mention, reference);
                if (nowadays && !(buying ??= IsBuying(conversation, turn, scan)))
                {
                    continue;
                }

                if (IsConditional(turn.Text, clause, mention))
                {
                    continue; // "if it's not sorted by tomorrow I'm out", "I can switch tomorrow if it works": a condition, not a plan
                }

                var topic = Classify(scan, mention, context, wait, Needs);
                var buyingStep = nowadays;
                if (topic is null && context != AnswerContext.Timing && (buying ??= IsBuying(conversation, turn, scan)))
                {
                    topic = Classify(scan, mention, AnswerContext.Timing, wait, Needs); // the turn asks how to buy: its dates are the purchase's
                    buyingStep = true;
                }

                if (topic is not null)
                {
                    var ownPlan = buyingStep || OwnPlanBefore(turn.Text, clause, mention, m > 0 ? mentions[m - 1] : null);
                    found.Add(new DatedStatement(turn, mention, topic.Value, ownPlan, wait));
                }
                else if (mention.Relation == DateRelation.On && wait == DateWait.None && !nowadays)
                {
                    (undated ??= []).Add((turn, mention));
                }
            }

            LinkEvents(found, undated, turn, scan, mentions, Needs);
        }

        return found;
    }

    /// <summary>
    /// The user's own plan ("I'll", "gonna") in the date's clause, after any earlier date of that clause: in the
    /// unpunctuated "ill do it tonight the spring rush starts monday", the plan is tonight's, not Monday's.
    /// </summary>
    private static bool OwnPlanBefore(string text, int clause, DateMention mention, DateMention? previous)
    {
        var from = previous is { } p && p.End > clause && p.End <= mention.Start ? p.End : clause;
        return TimelineCues.OwnPlan().IsMatch(text.AsSpan(from, mention.Start - from));
    }

    /// <summary>
    /// The turn asks how to buy, or answers the agent's steps to buy with the user's own "do it" ("You can upgrade
    /// from Settings, then Billing." "ill do it tonight"): its dates are the purchase's.
    /// </summary>
    private static bool IsBuying(Conversation conversation, Turn turn, ScannedText scan) =>
        PurchaseQuestion.In(scan)
        || (TimelineIdioms.DoIt().IsMatch(turn.Text) && conversation.PreviousAssistant(turn) is { } agent && TimelineIdioms.PurchaseSteps().IsMatch(agent.Text));

    /// <summary>A date the user takes back before naming the next: "end of next month no wait actually end of this month".</summary>
    private static bool TakenBack(string text, DateMention mention, IReadOnlyList<DateMention> mentions, int m) =>
        m + 1 < mentions.Count && mentions[m + 1].Start > mention.End
        && TimelineIdioms.Correction().IsMatch(text.AsSpan(mention.End, mentions[m + 1].Start - mention.End));

    /// <summary>An ordinal that modifies a noun rather than naming a day: "the second semester", "our third round".</summary>
    private static bool IsOrdinalAdjective(string text, DateMention mention) =>
        mention.Granularity == DateGranularity.Day && EndsWithOrdinal(mention.Text)
        && TimelineIdioms.OrdinalNoun().IsMatch(text.AsSpan(mention.End, Math.Min(SlotReach, text.Length - mention.End)));

    private static bool EndsWithOrdinal(string text) =>
        text.EndsWith("st", StringComparison.OrdinalIgnoreCase) || text.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || text.EndsWith("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>"this year is finished", "this quarter's budget is gone": a period under way said to be used up.</summary>
    private static bool IsCurrentPeriodOver(string text, DateMention mention, DateOnly reference) =>
        mention.Relation == DateRelation.On && mention.Granularity is DateGranularity.Month or DateGranularity.Quarter or DateGranularity.Year
        && mention.From <= reference && mention.To >= reference
        && TimelineIdioms.PeriodOver().IsMatch(text.AsSpan(mention.End, Math.Min(SlotReach, text.Length - mention.End)));

    /// <summary>
    /// A need or decision set by an event named without its date ("I want the new system in before we move") takes the
    /// date an earlier sentence gave that event ("we're moving offices in May"), in this turn or an earlier one; the
    /// latest such date wins (see <see cref="EventAnaphora"/>). The event keeps its own period: "before we move" said
    /// of a move in May is a May deadline, as the move may fall anywhere in it.
    /// </summary>
    private static void LinkEvents(
        List<DatedStatement> found, List<(Turn Turn, DateMention Mention)>? undated, Turn turn, ScannedText scan, IReadOnlyList<DateMention> mentions,
        Func<List<int>> needs)
    {
        if (undated is null || undated.Count == 0 || !scan.MayMatch(TimelineCues.EventPointerCue))
        {
            return;
        }

        foreach (var pointer in scan.Matches(TimelineCues.EventPointerCue))
        {
            var text = turn.Text;
            if (OverlapsDate(mentions, pointer) || DealText.IsNegatedBefore(text, pointer.Index) || DealText.InConditionalClause(text, pointer.Index))
            {
                continue; // "before the end of March" is a date of its own; "not before we move" is a wait
            }

            var decision = scan.MatchesInSentence(TimelineCues.DecisionCue, pointer.Index);
            var topic = Topic(scan, pointer.Index, decision, !decision && scan.MatchesInSentence(TimelineCues.CommitmentCue, pointer.Index), needs);
            for (var i = undated.Count - 1; topic is not null && i >= 0; i--)
            {
                var (dated, mention) = undated[i];
                if ((ReferenceEquals(dated, turn) && mention.Start > pointer.Index) || !EventAnaphora.Refers(pointer, text, dated.Text, mention))
                {
                    continue;
                }

                var clause = DealText.ClauseStart(text, pointer.Index);
                var ownPlan = TimelineCues.OwnPlan().IsMatch(text.AsSpan(clause, pointer.Index - clause));
                found.Add(new DatedStatement(dated, mention, topic.Value, ownPlan));
                undated.RemoveAt(i);
                break;
            }
        }
    }

    private static bool OverlapsDate(IReadOnlyList<DateMention> mentions, System.Text.RegularExpressions.Match pointer)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Start < pointer.Index + pointer.Length && pointer.Index < mention.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the sentence at <paramref name="at"/> makes a date about: the decision, the purchase, else a need (one document's is a task).</summary>
    private static DateTopic? Topic(ScannedText scan, int at, bool decision, bool purchase, Func<List<int>> needs, SpokenSentence? spoken = null) =>
        decision ? DateTopic.Decision
        : purchase ? DateTopic.Purchase
        : HasNeed(scan.Text, needs(), at, spoken) ? (IsOneDocument(scan, at) ? DateTopic.Task : DateTopic.Need)
        : null;

    private static AnswerContext Context(Conversation conversation, Turn turn, ScannedText scan)
    {
        if (conversation.PreviousAssistant(turn) is { } asked)
        {
            var question = SentenceBounds.LastQuestion(asked.Text);
            var meeting = TimelineCues.AsksForMeeting(question);
            if (!meeting && TimelineCues.TimelinePrompt().IsMatch(question))
            {
                return AnswerContext.Timing;
            }

            if (TimelineCues.SchedulingPrompt().IsMatch(question))
            {
                return AnswerContext.Scheduling;
            }
        }

        var raisesTiming = scan.MayMatch(TimelineCues.TimingTopicCue)
            && scan.First(TimelineCues.TimingTopicCue, (text, m) => !DealText.IsNegatedBefore(text, m.Index)) is not null;
        return raisesTiming ? AnswerContext.Timing : AnswerContext.None;
    }

    private static DateTopic? Classify(ScannedText scan, DateMention mention, AnswerContext context, DateWait wait, Func<List<int>> needs)
    {
        var at = mention.Start + (mention.Length / 2); // inside the expression, whichever sentence split applies
        var deadline = mention.Relation is DateRelation.By or DateRelation.Before;
        if (!deadline && TimelineCues.AdjacentTimeOfDay().IsMatch(scan.Text.AsSpan(mention.End, Math.Min(SlotReach, scan.Text.Length - mention.End))))
        {
            return null; // "lets do thursday morning and ... we'll roll it out": the day is the slot, whatever else the sentence says
        }

        var spoken = SpokenSentence.Around(scan.Text, mention.Start, mention.End);
        var decision = InSentence(scan, TimelineCues.DecisionCue, at, spoken);
        var purchase = !decision && (wait != DateWait.None || InSentence(scan, TimelineCues.CommitmentCue, at, spoken));
        var slot = InSentence(scan, TimelineCues.TimeOfDayCue, at, spoken);
        if (!decision && !purchase && !deadline && (context == AnswerContext.Scheduling || slot))
        {
            return null; // "next tuesday at 2pm works": a meeting slot; "by the end of April" stays a deadline
        }

        return Topic(scan, at, decision, purchase || context == AnswerContext.Timing, needs, spoken);
    }

    /// <summary>The cue in the date's sentence; in an unpunctuated turn, also within the date's spoken reach.</summary>
    private static bool InSentence(ScannedText scan, Cue cue, int at, SpokenSentence? spoken) =>
        scan.MatchesInSentence(cue, at) && (spoken is not { } reach || scan.MatchesWithin(cue, reach.Start, reach.End));

    /// <summary>Where the user states a need that is not negated ("it's not a need today" states none), once per turn.</summary>
    private static List<int> NeedIndexes(ScannedText scan)
    {
        var found = new List<int>();
        foreach (var match in scan.Matches(TimelineCues.NeedCue))
        {
            if (!DealText.IsNegatedBefore(scan.Text, match.Index))
            {
                found.Add(match.Index);
            }
        }

        return found;
    }

    private static bool HasNeed(string text, List<int> needs, int at, SpokenSentence? spoken)
    {
        var (start, end) = SentenceBounds.Around(text, at);
        if (spoken is { } reach)
        {
            (start, end) = (Math.Max(start, reach.Start), Math.Min(end, reach.End));
        }

        foreach (var i in needs)
        {
            if (i >= start && i < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One document is the thing needed only in the date's own clause: "I need this contract out today" is a task, but
    /// in "we gotta have something by the fifteenth thats when the bid packages go out" the product is needed.
    /// </summary>
    private static bool IsOneDocument(ScannedText scan, int at)
    {
        var start = DealText.ClauseStart(scan.Text, at);
        var end = ClauseEnd(scan.Text, at);
        var span = scan.Text.AsSpan(start, end - start);
        var date = at - start;
        var cut = span[date..].IndexOf(" that", StringComparison.OrdinalIgnoreCase);
        return TimelineCues.SingleDocument().IsMatch(cut < 0 ? span : span[..(date + cut)]);
    }

    /// <summary>A negator just before the date, past a filler: "not today", "not like tomorrow", "never this year".</summary>
    private static bool IsNegated(string text, int start)
    {
        if (DealText.IsNegatedBefore(text, start, reach: 1))
        {
            return true;
        }

        return DealText.PreviousWord(text, start) is { } word && DealText.IsAny(text.AsSpan(word.Start, word.End - word.Start), Fillers)
            && DealText.IsNegatedBefore(text, word.Start, reach: 1);
    }

    /// <summary>
    /// A date under a condition: an ultimatum ("if it's not sorted by tomorrow I'm cancelling") or what the user could
    /// do if something holds ("I can switch tomorrow if it works"). A hedge ("this week if possible") is no condition.
    /// </summary>
    private static bool IsConditional(string text, int clause, DateMention mention)
    {
        var before = text.AsSpan(clause, mention.Start - clause);
        if (TimelineCues.UltimatumCondition().IsMatch(before))
        {
            return true;
        }

        var after = text.AsSpan(mention.End, Math.Min(ConditionReach, text.Length - mention.End));
        return TimelineCues.ConditionAfter().IsMatch(after) && TimelineCues.Capability().IsMatch(before);
    }

    /// <summary>
    /// A day or week the user's plan is denied for, further back in the clause: "I'm not in a position to switch
    /// tomorrow", "we won't be ready next week". Hedges ("not sure, maybe next week") are not denials.
    /// </summary>
    private static bool IsNegatedPlan(string text, DateMention mention)
    {
        if (mention.Relation != DateRelation.On || mention.Granularity is not (DateGranularity.Day or DateGranularity.Week)
            || !DealText.IsNegatedBefore(text, mention.Start, PlanNegationReach))
        {
            return false;
        }

        // the nearest negator is the one IsNegatedBefore found; the word after it tells a denial from a hedge
        var cursor = mention.Start;
        while (DealText.PreviousWord(text, cursor) is { } word)
        {
            if (DealText.ContainsNegator(text.AsSpan(word.Start, word.End - word.Start)))
            {
                return DealText.NextWord(text, word.End) is not { } next || !DealText.IsAny(text.AsSpan(next.Start, next.End - next.Start), HedgesAfterNegator);
            }

            cursor = word.Start;
        }

        return false;
    }

    /// <summary>A date in a clause about what happens as a rule, not what is planned: "sometimes more in march".</summary>
    private static bool IsHabit(string text, int clause, DateMention mention) =>
        TimelineCues.Habitual().IsMatch(text.AsSpan(clause, ClauseEnd(text, mention.End) - clause));

    /// <summary>"not this month / quarter / year": a period under way, negated right before it.</summary>
    private static bool IsNegatedCurrentPeriod(string text, DateMention mention, DateOnly reference) =>
        mention.Relation == DateRelation.On && mention.Granularity is DateGranularity.Month or DateGranularity.Quarter or DateGranularity.Year
        && mention.From <= reference && mention.To >= reference && IsNegated(text, mention.Start);

    /// <summary>"before then" / "before that" after a plain date, before the next date is named, and not "not before then".</summary>
    private static bool PointedBackBefore(string text, DateMention mention, int nextDate)
    {
        if (mention.Relation != DateRelation.On)
        {
            return false;
        }

        var end = Math.Min(Math.Min(nextDate, text.Length), mention.End + AnaphoraReach);
        var match = TimelineCues.BeforeThen().Match(text, mention.End, end - mention.End);
        if (!match.Success)
        {
            return false;
        }

        var from = Math.Max(mention.End, match.Index - WaitReach);
        var lead = text.AsSpan(from, match.Index - from);
        return !TimelineCues.WaitNegator().IsMatch(lead) && !TimelineCues.NoRush().IsMatch(lead); // "nothing changes / no rush before then" is a wait

    }

    /// <summary>Whether a "before" / "until" date ends a wait: a negator or a lock-in shortly before it in its clause.</summary>
    private static DateWait Wait(string text, ScannedText scan, int clause, DateMention mention)
    {
        var after = text.AsSpan(mention.End, Math.Min(AnaphoraReach, text.Length - mention.End));
        var pointsBack = after.Contains(" that", StringComparison.OrdinalIgnoreCase) || after.Contains(" then", StringComparison.OrdinalIgnoreCase);
        if (pointsBack && mention.Relation != DateRelation.After && TimelineCues.WaitUntilThen().IsMatch(after))
        {
            return DateWait.NotBefore; // "that wraps up in March, nothing new goes in until after that"
        }

        if (mention.Relation is not (DateRelation.Before or DateRelation.By))
        {
            return DateWait.None;
        }

        var from = Math.Max(clause, mention.Start - WaitReach);
        var before = text.AsSpan(from, mention.Start - from);
        if (mention.Relation == DateRelation.By
            && ((scan.MayMatch(TimelineCues.LockInCue) && TimelineCues.LockIn().IsMatch(before)) || OnAToolUntil(text, mention.Start)))
        {
            return DateWait.LockIn;
        }

        return TimelineCues.WaitNegator().IsMatch(before) ? DateWait.NotBefore : DateWait.None;
    }

    /// <summary>"we're on DocuSign until October", "we are still on Adobe Sign till March": the tool runs until then.</summary>
    private static bool OnAToolUntil(string text, int start)
    {
        var cursor = start;
        for (var i = 0; i < ToolNameWords + 1 && DealText.PreviousWord(text, cursor) is { } word; i++, cursor = word.Start)
        {
            if (i > 0 && text.AsSpan(word.Start, word.End - word.Start).Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                var subject = DealText.PreviousWord(text, word.Start);
                if (subject is { } s && text.AsSpan(s.Start, s.End - s.Start).Equals("still", StringComparison.OrdinalIgnoreCase))
                {
                    subject = DealText.PreviousWord(text, s.Start);
                }

                return subject is { } w && DealText.IsAny(text.AsSpan(w.Start, w.End - w.Start), CurrentUsers);
            }
        }

        return false;
    }

    private const int ToolNameWords = 2;

    private static readonly string[] CurrentUsers = ["we're", "we’re", "were", "are"];

    /// <summary>
    /// A period under way named in a clause with no future, wish or decision word describes the present, not a plan:
    /// "we use Word today", "it's December, everyone's busy", "my calendar's a mess this month".
    /// </summary>
    private static bool IsNowadays(string text, DateMention mention, DateOnly reference)
    {
        if (mention.Relation != DateRelation.On || mention.From > reference || mention.To < reference)
        {
            return false;
        }

        var start = DealText.ClauseStart(text, mention.Start);
        var end = ClauseEnd(text, mention.End);
        if (mention.Start - start <= AppositiveSlack && end - mention.End <= AppositiveSlack)
        {
            if (start <= 1)
            {
                return false; // a turn opening on the date alone answers when: "today honestly, or this week for sure"
            }

            start = DealText.ClauseStart(text, start - 1); // "I want everybody on it before spring, like this month": the date restates the clause before
        }
        else
        {
            (start, end) = Conjunct(text, start, end, mention);
        }

        var clause = text.AsSpan(start, end - start);
        return !TimelineCues.FutureMarker().IsMatch(clause) && !TimelineCues.Decision().IsMatch(clause);
    }

    /// <summary>
    /// The part of a clause joined by "and" / "but" that holds the date: in "which today people fill on paper and
    /// somebody has to type them in", the "has to" is another conjunct's and says nothing about "today".
    /// </summary>
    private static (int Start, int End) Conjunct(string text, int start, int end, DateMention mention)
    {
        foreach (var joiner in Joiners)
        {
            var after = text.IndexOf(joiner, mention.End, end - mention.End, StringComparison.OrdinalIgnoreCase);
            if (after >= 0)
            {
                end = after;
            }

            var before = text.LastIndexOf(joiner, mention.Start, mention.Start - start, StringComparison.OrdinalIgnoreCase);
            if (before >= 0)
            {
                start = before + joiner.Length;
            }
        }

        return (start, end);
    }

    private static readonly string[] Joiners = [" and ", " but "];

    private static int ClauseEnd(string text, int index)
    {
        var i = index;
        while (i < text.Length && text[i] is not (',' or ';' or ':' or '.' or '?' or '!'))
        {
            i++;
        }

        return i;
    }

    private enum AnswerContext
    {
        None,
        Scheduling,
        Timing,
    }
}
