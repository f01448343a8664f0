using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>
/// Finds spoken date expressions ("by Friday", "end of the quarter", "in a couple of months", "mid December", "Q1",
/// "before our renewal in three weeks", "ASAP") and resolves each against a reference date, normally the session's
/// start. Weeks run Monday to Sunday, quarters are calendar quarters, and a month or holiday without a year is its
/// next occurrence. Pure and cheap: one word pass finds the sentences worth parsing, and each family's regex runs only there.
/// </summary>
public static class RelativeDates
{
    private delegate DateWindow? Resolver(Match match, string text, DateOnly reference);

    // Families in priority order: when two overlap, the longer expression wins, then the earlier family.
    // A gate is a cheap check on the whole text that holds wherever the family can give a date (DateGates): where it
    // fails, the family's regex is not run.
    private static readonly (Cue Cue, Resolver Resolve, Func<string, bool>? Gate)[] Families =
    [
        (new Cue(DatePatterns.Holiday(), DateTriggers.Holidays), CalendarResolvers.Holiday, null),
        (new Cue(DatePatterns.Month(), DateTriggers.Months), CalendarResolvers.Month, null),
        (new Cue(DatePatterns.Quarter(), DateTriggers.Quarters), CalendarResolvers.Quarter, null),
        (new Cue(DatePatterns.Period(), DateTriggers.Periods), PeriodResolvers.Period, DateGates.MayHoldPeriod),
        (new Cue(DatePatterns.Duration(), DateTriggers.Durations), PeriodResolvers.Duration, DateGates.MayHoldDuration),
        (new Cue(DatePatterns.Weekday(), DateTriggers.Weekdays), CalendarResolvers.Weekday, null),
        (new Cue(DatePatterns.DayOfMonth(), DateTriggers.Ordinals), CalendarResolvers.DayOfMonth, null),
        (new Cue(DatePatterns.Season(), DateTriggers.Seasons), CalendarResolvers.Season, null),
        (new Cue(DatePatterns.Year(), DateTriggers.Years), PeriodResolvers.Year, null),
        (new Cue(DatePatterns.Simple(), DateTriggers.Simple), PeriodResolvers.Simple, null),
    ];

    private static readonly CueScanner Scanner = new([.. Cues]);

    /// <summary>The families' cues, for a reader that scans its texts with a scanner of its own holding them (see <see cref="FindAll(ScannedText, DateOnly)"/>).</summary>
    internal static IEnumerable<Cue> Cues => Families.Select(f => f.Cue);

    /// <summary>Every date expression in <paramref name="text"/>, in order, resolved against <paramref name="reference"/>.</summary>
    public static IReadOnlyList<DateMention> FindAll(string text, DateOnly reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindAll(Scanner.Scan(text), reference);
    }

    /// <summary>
    /// As <see cref="FindAll(string, DateOnly)"/>, on a text already scanned by a scanner that holds <see cref="Cues"/>
    /// among its own, so a reader that scans its turns anyway does not read them a second time for dates.
    /// </summary>
    internal static IReadOnlyList<DateMention> FindAll(ScannedText scanned, DateOnly reference)
    {
        ArgumentNullException.ThrowIfNull(scanned);
        if (!MayHoldAny(scanned))
        {
            return [];
        }

        var text = scanned.Text;

        List<(int Start, int Length, int Family, DateWindow Window)>? cores = null;
        for (var family = 0; family < Families.Length; family++)
        {
            var (cue, resolve, gate) = Families[family];
            if (gate is not null && scanned.MayMatch(cue) && !gate(text))
            {
                continue;
            }

            foreach (var match in scanned.Matches(cue))
            {
                if (resolve(match, text, reference) is { } window)
                {
                    (cores ??= []).Add((match.Index, match.Length, family, window));
                }
            }
        }

        if (cores is null)
        {
            return [];
        }

        cores.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Family.CompareTo(b.Family));
        var mentions = new List<DateMention>(cores.Count);
        var covered = 0;
        foreach (var core in cores)
        {
            if (core.Start < covered)
            {
                continue; // inside a longer expression already taken ("Friday" in "Black Friday")
            }

            covered = core.Start + core.Length;
            mentions.Add(Mention(text, core.Start, core.Length, core.Window, reference));
        }

        return mentions;
    }

    private static bool MayHoldAny(ScannedText scanned)
    {
        foreach (var family in Families)
        {
            if (scanned.MayMatch(family.Cue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first date expression in <paramref name="text"/>, or null.</summary>
    public static DateMention? FindFirst(string text, DateOnly reference) =>
        FindAll(text, reference) is [var first, ..] ? first : null;

    /// <summary>An expression naming a period's end: "the end of the month", "year-end", "quarter end" (not "the weekend").</summary>
    private static bool NamesAnEnd(string text, int start, int length)
    {
        var core = text.AsSpan(start, length).TrimStart();
        if (core.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            core = core[4..].TrimStart();
        }

        if (core.StartsWith("very ", StringComparison.OrdinalIgnoreCase))
        {
            core = core[5..].TrimStart();
        }

        return core.StartsWith("end of", StringComparison.OrdinalIgnoreCase)
            || (core.EndsWith("end", StringComparison.OrdinalIgnoreCase) && core.Length > 3 && !char.IsLetter(core[^4]));
    }

    private static DateMention Mention(string text, int start, int length, DateWindow window, DateOnly reference)
    {
        var (relation, from) = window.Relation is { } own ? (own, start) : DateModifier.Before(text, start);
        var (windowFrom, windowTo) = relation switch
        {
            DateRelation.By when window.To >= reference => (reference, window.To),
            // "before the end of the year" said in December: the window is under way, so its end is the limit
            DateRelation.Before when window.From <= reference => (reference, window.To),
            // "before the end of the month", "before year-end": the end is the limit itself, not a window to stop short of
            DateRelation.Before when NamesAnEnd(text, start, length) => (reference, window.To),
            DateRelation.Before => (reference, CalendarMath.Max(reference, window.From.AddDays(-1))),
            DateRelation.After => (window.To.AddDays(1), window.To.AddDays(1)),
            _ => (window.From, window.To),
        };
        var end = start + length;
        return new DateMention(from, end - from, text[from..end], windowFrom, windowTo, relation, window.Granularity, windowTo < reference);
    }
}
