using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Cues that several objection readers look for in the same whole turn, found once per call: the detector and the
/// switching-barrier finder both scan every user turn for lock-in and switch-justification cues (and the detector
/// needs a procurement step only where the finder's wider procurement cue matches). Each slot is filled on first use;
/// a race fills it twice with the same value, so no lock is needed.
/// </summary>
internal sealed class RepeatedReads
{
    private static readonly Func<Conversation, RepeatedReads> Read = conversation => new RepeatedReads(conversation);

    private readonly Conversation _conversation;
    private readonly IReadOnlyList<Match>?[] _lockIns;
    private readonly IReadOnlyList<Match>?[] _switchJustifications;
    private readonly IReadOnlyList<Match>?[] _procurements;

    private RepeatedReads(Conversation conversation)
    {
        _conversation = conversation;
        _lockIns = new IReadOnlyList<Match>?[conversation.Turns.Count];
        _switchJustifications = new IReadOnlyList<Match>?[conversation.Turns.Count];
        _procurements = new IReadOnlyList<Match>?[conversation.Turns.Count];
    }

    /// <summary>The call's reads, made by the first reader that asks.</summary>
    public static RepeatedReads Of(Conversation conversation) => conversation.Shared(Read);

    /// <summary>Every <see cref="ObjectionCues.LockIn"/> match in the turn, in order.</summary>
    public IReadOnlyList<Match> LockIns(Turn turn) => MatchesOf(_lockIns, turn, ObjectionCues.LockIn());

    /// <summary>Every <see cref="ObjectionCues.SwitchJustification"/> match in the turn, in order.</summary>
    public IReadOnlyList<Match> SwitchJustifications(Turn turn) => MatchesOf(_switchJustifications, turn, ObjectionCues.SwitchJustification());

    /// <summary>
    /// Every <see cref="SwitchingBarrierFinder.Procurement"/> match in the turn, in order. Every phrase of
    /// <see cref="ObjectionCues.ProcurementProcess"/> is one of its phrases, so where it finds none, that cue finds none either.
    /// </summary>
    public IReadOnlyList<Match> Procurements(Turn turn) => MatchesOf(_procurements, turn, SwitchingBarrierFinder.Procurement());

    private IReadOnlyList<Match> MatchesOf(IReadOnlyList<Match>?[] slots, Turn turn, GuardedRegex cue) =>
        _conversation.Holds(turn) ? slots[turn.Index] ??= Materialized(cue.Matches(turn.Text)) : cue.Matches(turn.Text);

    /// <summary>The matches read to the end (a lazy collection must not be shared between readers).</summary>
    private static IReadOnlyList<Match> Materialized(IReadOnlyList<Match> matches) => matches.Count == 0 ? [] : [.. matches];
}
