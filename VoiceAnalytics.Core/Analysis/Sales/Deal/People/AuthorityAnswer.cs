using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.People;

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
            // The answer's opening first: it rules most turns out, where the question is a search of a longer text.
            if (answer.Match(turn.Text) is { Success: true } m
                && conversation.PreviousAssistant(turn) is { } asked && DecisionQuestion().IsMatch(asked.Text))
            {
                return new Extracted<string>(level, 0.7, Evidence.From(turn, m.Index, m.Length));
            }
        }

        return null;
    }

    /// <summary>
    /// The user names someone else as the answer to who decides: "ultimately the owner", "that would be our COO", "my
    /// manager, but she listens to me". Asked who makes the decision, the user is an influencer; asked who approves,
    /// signs off or else is involved (or naming a co-decider, "my partner and I"), the user needs approval.
    /// </summary>
    public static Extracted<string>? NamedRole(Conversation conversation, IReadOnlyList<ScannedTurn> turns)
    {
        foreach (var (turn, scan) in turns)
        {
            if (!scan.MayMatch(StakeholderVocabulary.RoleCue) || conversation.PreviousAssistant(turn) is not { } asked)
            {
                continue;
            }

            var question = SentenceBounds.LastQuestion(asked.Text);
            if (!DecisionQuestion().IsMatch(question) || RoleAnswerOpening().Match(turn.Text) is not { Success: true } opening)
            {
                continue;
            }

            var text = turn.Text;
            var at = opening.Index + opening.Length;
            if (StakeholderVocabulary.Roles.MatchAt(text, at) is not var (phrase, end)
                || (phrase.NeedsDeterminer && !RoleMentionRules.HasDeterminer(text, phrase.Label, at, end)))
            {
                continue;
            }

            var shared = ApprovalQuestion().IsMatch(question) || CoDecider().IsMatch(text.AsSpan(end));
            return new Extracted<string>(shared ? AuthorityLevels.NeedsApproval : AuthorityLevels.Influencer, 0.65, Evidence.From(turn, at, end - at));
        }

        return null;
    }

    /// <summary>The opening of an answer that names someone: fillers, "ultimately", "that would be", then a determiner.</summary>
    [GeneratedRegex(@"^\W*(?:(?:yeah|yes|well|um|uh|oh|so|honestly|ultimately|probably|usually|mostly|basically|mainly|technically|officially|definitely|that(?:" + "['’]" + @"?s|\s+is|\s+would\s+be|" + "['’]" + @"?d\s+be|\s+will\s+be)|it(?:" + "['’]" + @"?s|\s+is|\s+would\s+be|" + "['’]" + @"?d\s+be|\s+will\s+be)|in\s+the\s+end)\W+){0,3}(?:(?:my|our|the|his|her|their)\s+)?", Options)]
    private static partial Regex RoleAnswerOpeningPattern();

    private static GuardedRegex? RoleAnswerOpeningGuarded;

    private static GuardedRegex RoleAnswerOpening() => RoleAnswerOpeningGuarded ??= new(RoleAnswerOpeningPattern());

    /// <summary>Asks who approves or who else is involved, rather than who decides.</summary>
    [GeneratedRegex(@"\b(?:approv\w*|sign[\s-]?off|signs?\s+off|who\s+else|anyone\s+else|anybody\s+else|involved)\b", Options)]
    private static partial Regex ApprovalQuestionPattern();

    private static GuardedRegex? ApprovalQuestionGuarded;

    private static GuardedRegex ApprovalQuestion() => ApprovalQuestionGuarded ??= new(ApprovalQuestionPattern());

    /// <summary>The named person decides with the user: "my partner and I", "the owner and me".</summary>
    [GeneratedRegex(@"^\s*(?:,\s*)?and\s+(?:I|me|myself)\b", Options)]
    private static partial Regex CoDeciderPattern();

    private static GuardedRegex? CoDeciderGuarded;

    private static GuardedRegex CoDecider() => CoDeciderGuarded ??= new(CoDeciderPattern());

    /// <summary>The agent asks who decides or approves, or whether anyone else is part of the decision.</summary>
    [GeneratedRegex(@"\b(?:approv\w*|sign[\s-]?off|signs?\s+off|decision\w*|decid\w*|final\s+(?:say|call|word)|call\s+the\s+shots|(?:make|makes|making)\s+the\s+call)\b", Options)]
    private static partial Regex DecisionQuestionPattern();

    private static GuardedRegex? DecisionQuestionGuarded;

    private static GuardedRegex DecisionQuestion() => DecisionQuestionGuarded ??= new(DecisionQuestionPattern());

    /// <summary>"just me.", "yeah me", "nope, only me, I run the place", "that'd be me", "I do.", "nobody, it's only me"</summary>
    [GeneratedRegex(@"^\W*(?:(?:yeah|yes|yep|yup|nope|no|um|uh|oh|well|honestly|so|nobody|noone|none|no\s+one)(?:\s+else)?\W+){0,3}(?:(?:just|only|that" + "['’]" + @"?s|that\s+would\s+be|that" + "['’]" + @"?d\s+be|it" + "['’]" + @"?s|it" + "['’]" + @"?d\s+be|it\s+is|really)\s+){0,2}(?:me|myself|i\s+do)\s*(?:[.,!;]|$)", Options)]
    private static partial Regex SoleDeciderPattern();

    private static GuardedRegex? SoleDeciderGuarded;

    private static GuardedRegex SoleDecider() => SoleDeciderGuarded ??= new(SoleDeciderPattern());

    /// <summary>"Not me.", "no, not me, ..."</summary>
    [GeneratedRegex(@"^\W*(?:(?:no|nope|um|uh|oh|well|honestly|ha|haha)\W+){0,3}(?:definitely\s+|certainly\s+)?not\s+me\b", Options)]
    private static partial Regex NotTheDeciderPattern();

    private static GuardedRegex? NotTheDeciderGuarded;

    private static GuardedRegex NotTheDecider() => NotTheDeciderGuarded ??= new(NotTheDeciderPattern());
}
