using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// How the agent answered: a deflection (it could not answer: "I'm not sure", "I couldn't find", "let me have
/// someone follow up") or a limitation (a deflection, or it said the capability is missing: "doesn't support",
/// "there's no native").
/// </summary>
public static partial class AgentAnswerCues
{
    /// <summary>The first deflection in <paramref name="text"/>; check <c>Success</c>.</summary>
    public static Match Deflection(string text) => DeflectionRegex().Match(text);

    /// <summary>The first deflection or missing-capability statement in <paramref name="text"/>.</summary>
    public static Match Limitation(string text)
    {
        var deflection = DeflectionRegex().Match(text);
        return deflection.Success ? deflection : MissingRegex().Match(text);
    }

    /// <summary>
    /// <see cref="Deflection(string)"/> of an assistant turn of <paramref name="conversation"/>, read once per call:
    /// the gap and objection readers ask about the same agent turns (a turn of another conversation is read afresh).
    /// </summary>
    public static Match Deflection(Conversation conversation, Turn turn) => conversation.Shared(ReadAnswers).Deflection(turn);

    /// <summary><see cref="Limitation(string)"/> of an assistant turn of <paramref name="conversation"/>, read once per call (four objection readers ask).</summary>
    public static Match Limitation(Conversation conversation, Turn turn) => conversation.Shared(ReadAnswers).Limitation(turn);

    /// <summary>Strong deflections say outright that the agent has no answer (as opposed to "I couldn't find").</summary>
    public static bool IsStrong(Match deflection) =>
        deflection.Success && deflection.Groups["strong"].Success;

    [GeneratedRegex(
        @"(?<strong>\bi'?m\s+(?:not|un)\s*(?:sure|certain)\b|\bi\s+don'?t\s+(?:know|have\s+(?:that|this|any|the|those|specific|enough|an?)?\s*(?:information|info|details|answer|data))\b"
        + @"|\b(?:have|get|ask)\s+(?:someone|somebody|a\s+specialist|an\s+expert|(?:our|the)\s+\w+(?:\s+team)?)\s+(?:to\s+)?(?:follow\s+up|get\s+back|reach\s+out)"
        + @"|\bi'?d\s+rather\s+not\s+(?:guess|speculate|promise)|\bi\s+don'?t\s+want\s+to\s+(?:guess|promise|speculate))"
        + @"|\bi\s+(?:couldn'?t|could\s+not|can'?t|cannot|wasn'?t\s+able\s+to|was\s+unable\s+to)\s+(?:find|confirm|locate|verify|pull\s+(?:that|it|up)|see)\b"
        + @"|\bi'?m\s+not\s+(?:finding|seeing|able\s+to\s+(?:find|confirm))\b|\bi'?m\s+having\s+(?:some\s+)?trouble\b|\bno\s+(?:results|articles?)\s+(?:came\s+up|for)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeflectionRegexPattern();

    private static GuardedRegex? DeflectionRegexGuarded;

    private static GuardedRegex DeflectionRegex() => DeflectionRegexGuarded ??= new(DeflectionRegexPattern());

    [GeneratedRegex(
        @"\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:currently\s+|yet\s+)?(?:support|offer|integrate|connect|work\s+with|have(?!\s+to\b))\b"
        + @"|\b(?:isn'?t|is\s+not|aren'?t|are\s+not|not)\s+(?:currently\s+|yet\s+)?(?:supported|available|possible)\b"
        + @"|\bthere'?s\s+no\s+(?:native|built-in|direct|way)\b|\bno\s+native\b|\bunfortunately\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MissingRegexPattern();

    private static readonly GuardedRegex MissingRegexGuarded = new(MissingRegexPattern());

    private static GuardedRegex MissingRegex() => MissingRegexGuarded;

    private static readonly Func<Conversation, Answers> ReadAnswers = conversation => new Answers(conversation);

    /// <summary>Each turn's first deflection and missing-capability match, found on first use; a race finds the same twice, so no lock.</summary>
    private sealed class Answers(Conversation conversation)
    {
        private readonly Match?[] _deflections = new Match?[conversation.Turns.Count];
        private readonly Match?[] _missing = new Match?[conversation.Turns.Count];

        public Match Deflection(Turn turn) =>
            conversation.Holds(turn) ? _deflections[turn.Index] ??= DeflectionRegex().Match(turn.Text) : DeflectionRegex().Match(turn.Text);

        public Match Limitation(Turn turn)
        {
            var deflection = Deflection(turn);
            return deflection.Success ? deflection
                : conversation.Holds(turn) ? _missing[turn.Index] ??= MissingRegex().Match(turn.Text) : MissingRegex().Match(turn.Text);
        }
    }
}
