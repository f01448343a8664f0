using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Actions;

/// <summary>
/// Action items in the user's own words: commitments ("I'll send over our templates", "let me check with my CFO"),
/// demo requests and requests for documents. Hedges and needs ("I'd bring it to my GM", "I'll need legal to sign
/// off") are not commitments, nor are questions, nor a brush-off ("I'll figure it out", a bare "I'll look"). Speech-to-text
/// spellings without the apostrophe ("ill send it over", "im gonna") count.
/// </summary>
internal static partial class UserActionFinder
{
    public static IEnumerable<ActionCandidate> Find(Conversation conversation, DateOnly today)
    {
        foreach (var turn in conversation.UserTurns)
        {
            var lastSentence = -1;
            foreach (Match m in Commitment().Matches(turn.Text))
            {
                var (start, end) = SentenceBounds.Around(turn.Text, m.Index);
                if (start == lastSentence || QuestionCues.IsQuestion(turn.Text, start, end))
                {
                    continue;
                }

                lastSentence = start;
                var clause = turn.Text[m.Index..end].TrimEnd();
                yield return new ActionCandidate(
                    ActionKinds.UserCommitment, ActionOwners.User, clause, DueDateResolver.Resolve(clause, today), 0.8,
                    Evidence.From(turn, m.Index, clause.Length), turn.Index);
            }

            if (Request(turn, FollowUpCues.Demo(), requireSend: false) is { } demo)
            {
                yield return new ActionCandidate(
                    ActionKinds.DemoRequest, ActionOwners.Sales, demo.Quote, DueDateResolver.Resolve(demo.Quote, today), 0.7, demo, turn.Index);
            }

            if (Request(turn, FollowUpCues.SendRequest(), requireSend: true) is { } request)
            {
                var owner = FollowUpCues.Document().Match(request.Quote).Groups["support"].Success ? ActionOwners.Support : ActionOwners.Sales;
                yield return new ActionCandidate(
                    ActionKinds.DocumentToShare, owner, request.Quote, DueDateResolver.Resolve(request.Quote, today), 0.75, request, turn.Index);
            }
        }
    }

    /// <summary>The sentence holding the cue, when not negated (and, for sending, naming a document).</summary>
    private static Evidence? Request(Turn turn, Regex cue, bool requireSend)
    {
        foreach (Match m in cue.Matches(turn.Text))
        {
            var evidence = Evidence.Sentence(turn, m.Index);
            if (!CueNegation.IsNegated(turn.Text, m.Index, 4) && (!requireSend || FollowUpCues.Document().IsMatch(evidence.Quote)))
            {
                return evidence;
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"\b(?:i['’]ll|ill|i\s+ll|i\s+will|i['’]?m\s+going\s+to|i\s+am\s+going\s+to|i['’]?m\s+gonna|we['’]ll|we\s+will|we['’]re\s+going\s+to|let\s+me)\s+(?:also\s+|just\s+|probably\s+|definitely\s+|go\s+ahead\s+and\s+|try\s+to\s+|make\s+sure\s+(?:to\s+)?|then\s+|first\s+)?"
        + @"(?:send|forward|share|email|bring|talk|check|ask|loop|run|review|look\s+(?:into|at|over|through|in)|try|test|play|poke|do|upgrade|sign|set|add|invite|give|get|follow|call|reach|book|schedule|connect|hook|read|watch|go|discuss|put|fill|finish|start|move|decide|confirm|circle|pass|have(?!\s+to\b)|keep|mention|raise|present|update|create|build|import|upload|take|chat|figure(?!\s+(?:it|this|that)\s+out\b)|dig|run|pull|show|walk|print|recommend)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommitmentPattern();

    private static readonly GuardedRegex CommitmentGuarded = new(CommitmentPattern());

    private static GuardedRegex Commitment() => CommitmentGuarded;
}
