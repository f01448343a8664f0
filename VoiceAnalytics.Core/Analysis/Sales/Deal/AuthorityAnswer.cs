using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// The user's short answer to the agent asking who decides or signs off: "just me." or "yeah, me" makes a decision
/// maker, "not me" an influencer. Only the opening words of the answer are read, and "me and my partner" is no
/// sole answer, so the reply must stop (punctuation or the end) right after "me".
/// </summary>
internal static partial class AuthorityAnswer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    /// <summary>The user's answer to a question about the decision, and the level it gives; null when no turn answers alone.</summary>
    public static Extracted<string>? Find(Conversation conversation, IReadOnlyList<ScannedTurn> turns, string level)
    {
        var answer = level == AuthorityLevels.DecisionMaker ? SoleDecider() : NotTheDecider();
        foreach (var (turn, _) in turns)
        {
            if (conversation.PreviousAssistant(turn) is { } asked && DecisionQuestion().IsMatch(asked.Text)
                && answer.Match(turn.Text) is { Success: true } m)
            {
                return new Extracted<string>(level, 0.7, Evidence.From(turn, m.Index, m.Length));
            }
        }

        return null;
    }

    /// <summary>The agent asks who decides or approves, or whether anyone else is part of the decision.</summary>
    [GeneratedRegex(@"\b(?:approv\w*|sign[\s-]?off|signs?\s+off|decision\w*|decid\w*|final\s+(?:say|call|word)|call\s+the\s+shots|(?:make|makes|making)\s+the\s+call)\b", Options)]
    private static partial Regex DecisionQuestionPattern();

    private static GuardedRegex? DecisionQuestionGuarded;

    private static GuardedRegex DecisionQuestion() => DecisionQuestionGuarded ??= new(DecisionQuestionPattern());

    /// <summary>"just me.", "yeah me", "nope, only me, I run the place", "that'd be me", "I do."</summary>
    [GeneratedRegex(@"^\W*(?:(?:yeah|yes|yep|yup|nope|no|um|uh|oh|well|honestly|so)\W+){0,3}(?:(?:just|only|that" + "['’]" + @"?s|that\s+would\s+be|that" + "['’]" + @"?d\s+be|it" + "['’]" + @"?s|it" + "['’]" + @"?d\s+be)\s+)?(?:me|myself|i\s+do)\s*(?:[.,!;]|$)", Options)]
    private static partial Regex SoleDeciderPattern();

    private static GuardedRegex? SoleDeciderGuarded;

    private static GuardedRegex SoleDecider() => SoleDeciderGuarded ??= new(SoleDeciderPattern());

    /// <summary>"Not me.", "no, not me, ..."</summary>
    [GeneratedRegex(@"^\W*(?:(?:no|nope|um|uh|oh|well|honestly|ha|haha)\W+){0,3}(?:definitely\s+|certainly\s+)?not\s+me\b", Options)]
    private static partial Regex NotTheDeciderPattern();

    private static GuardedRegex? NotTheDeciderGuarded;

    private static GuardedRegex NotTheDecider() => NotTheDeciderGuarded ??= new(NotTheDeciderPattern());
}
