using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// What makes leaving the current way of working hard: a contract, migration work, existing templates, retraining,
/// a procurement process, switching costs. The value is the barrier kind; the evidence quotes the user.
/// </summary>
internal static partial class SwitchingBarrierFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (string Kind, string Strategy)[] Strategies =
    [
        (BarrierKinds.ContractLockIn, "Time the switch to the contract end date; offer a pilot that overlaps the renewal."),
        (BarrierKinds.SwitchingJustification, "Build a side-by-side business case against the incumbent: time saved, missing capabilities, total cost."),
        (BarrierKinds.MigrationEffort, "Offer migration help: bulk import of documents and data with a migration specialist."),
        (BarrierKinds.ExistingTemplates, "Offer template import and rebuild assistance from the onboarding team."),
        (BarrierKinds.Retraining, "Offer guided onboarding and short training sessions; start with a small pilot group."),
        (BarrierKinds.ProcurementProcess, "Send procurement-ready material early: security package, standard quote, RFP response support."),
        (BarrierKinds.SwitchingCost, "Quantify the return and propose terms that cover the overlap with the current contract."),
    ];

    public static IReadOnlyList<Extracted<string>> Find(Conversation conversation)
    {
        var found = new List<Extracted<string>>();
        var reads = RepeatedReads.Of(conversation); // the objection detector scanned each turn for these three cues already
        foreach (var turn in conversation.UserTurns)
        {
            Add(found, turn, reads.LockIns(turn), BarrierKinds.ContractLockIn, 0.85);
            Add(found, turn, reads.SwitchJustifications(turn), BarrierKinds.SwitchingJustification, 0.7);
            Add(found, turn, Migration(), BarrierKinds.MigrationEffort, 0.7);
            Add(found, turn, Templates(), BarrierKinds.ExistingTemplates, 0.7);
            Add(found, turn, Retraining(), BarrierKinds.Retraining, 0.75);
            Add(found, turn, reads.Procurements(turn), BarrierKinds.ProcurementProcess, 0.75);
            Add(found, turn, SwitchingCost(), BarrierKinds.SwitchingCost, 0.75);
        }

        return found;
    }

    /// <summary>One mitigation per barrier kind found, in the order of <see cref="BarrierKinds"/>.</summary>
    public static IReadOnlyList<BarrierMitigation> Mitigations(IReadOnlyList<Extracted<string>> barriers) =>
        [.. Strategies.Where(s => barriers.Any(b => b.Value == s.Kind)).Select(s => new BarrierMitigation(s.Kind, s.Strategy))];

    private static void Add(List<Extracted<string>> found, Turn turn, GuardedRegex cue, string kind, double confidence)
    {
        if (found.Exists(b => b.Value == kind))
        {
            return; // one barrier per kind: a later turn cannot add another
        }

        var m = cue.Match(turn.Text);
        while (m.Success && CueNegation.IsNegated(turn.Text, m.Index))
        {
            m = m.NextMatch();
        }

        if (m.Success)
        {
            found.Add(new Extracted<string>(kind, confidence, Evidence.Sentence(turn, m.Index)));
        }
    }

    /// <summary><see cref="Add(List{Extracted{string}}, Turn, GuardedRegex, string, double)"/> over the cue's matches already found.</summary>
    private static void Add(List<Extracted<string>> found, Turn turn, IReadOnlyList<Match> matches, string kind, double confidence)
    {
        if (found.Exists(b => b.Value == kind))
        {
            return;
        }

        foreach (var m in matches)
        {
            if (!CueNegation.IsNegated(turn.Text, m.Index))
            {
                found.Add(new Extracted<string>(kind, confidence, Evidence.Sentence(turn, m.Index)));
                return;
            }
        }
    }

    [GeneratedRegex(
        @"\bmigrat(?:e|ing|ion)\b|\b(?:have|need|['’]d\s+have)\s+to\s+(?:\w+\s+)?(?:move|rebuild|recreate|re-create|redo|re-do|port|transfer|import|re-?upload)\s+(?:all\s+)?(?:of\s+)?(?:our|the|those|these|everything|\d+|hundreds|dozens|years)\b"
        + @"|\b(?:years|hundreds|thousands)\s+of\s+(?:old\s+)?(?:documents|contracts|files|history|records|data)\b",
        Options)]
    private static partial Regex MigrationPattern();

    private static GuardedRegex? MigrationGuarded;

    private static GuardedRegex Migration() => MigrationGuarded ??= new(MigrationPattern());

    [GeneratedRegex(
        @"\b(?:existing|current|all\s+(?:of\s+)?our|our\s+(?:old|current|existing))\s+(?:\w+\s+)?templates?\b|\btemplates?\s+(?:are\s+)?(?:all\s+)?(?:built|set\s+up|live|living|sitting|stored)\s+in\b",
        Options)]
    private static partial Regex TemplatesPattern();

    private static GuardedRegex? TemplatesGuarded;

    private static GuardedRegex Templates() => TemplatesGuarded ??= new(TemplatesPattern());

    [GeneratedRegex(
        @"\bre-?train\w*|\btrain(?:ing)?\s+(?:everyone|the\s+(?:whole\s+)?team|my\s+\w+|our\s+\w+|people|staff|them)\b|\blearning\s+curve\b|\bchange\s+management\b|\bresist\w*\s+(?:to\s+)?change\b"
        + @"|\b(?:get|getting)\s+(?:them|people|everyone|my\s+\w+|our\s+\w+|the\s+team|staff)\s+to\s+(?:actually\s+)?(?:use|adopt|switch|learn)\b|\b(?:going\s+to|gonna)\s+be\s+a\s+(?:fight|battle|struggle)\b"
        + @"|\b(?:not|aren['’]?t|isn['’]?t)\s+(?:very\s+|really\s+|super\s+)?(?:computer|tech|technology|techy|digital)[- ]?(?:people|guys|folks|savvy|literate|minded|person)\b",
        Options)]
    private static partial Regex RetrainingPattern();

    private static GuardedRegex? RetrainingGuarded;

    private static GuardedRegex Retraining() => RetrainingGuarded ??= new(RetrainingPattern());

    [GeneratedRegex(
        @"\brfp\b|\brequest\s+for\s+proposals?\b|\b(?:three|3|multiple|several)\s+(?:quotes|bids)\b|\bcan['’]?t\s+just\s+(?:buy|sign\s+up|purchase)\b|\bprocurement\s+(?:process|review)\b|\btender\b|\bvendor\s+(?:approval|onboarding)\s+process\b",
        Options)]
    private static partial Regex ProcurementPattern();

    private static GuardedRegex? ProcurementGuarded;

    /// <summary>A formal buying procedure; its phrases include every phrase of <see cref="ObjectionCues.ProcurementProcess"/>.</summary>
    internal static GuardedRegex Procurement() => ProcurementGuarded ??= new(ProcurementPattern());

    [GeneratedRegex(
        @"\bswitching\s+costs?\b|\bcost\s+(?:of|to)\s+switch\w*|\b(?:expensive|costly|painful|a\s+pain|a\s+hassle)\s+to\s+switch\b|\bpay(?:ing)?\s+for\s+(?:both|two\s+tools)\b|\bdouble\s+pay\w*\b",
        Options)]
    private static partial Regex SwitchingCostPattern();

    private static GuardedRegex? SwitchingCostGuarded;

    private static GuardedRegex SwitchingCost() => SwitchingCostGuarded ??= new(SwitchingCostPattern());
}
