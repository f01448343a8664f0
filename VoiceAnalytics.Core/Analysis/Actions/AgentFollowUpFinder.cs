using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Actions;

/// <summary>
/// Follow-ups the agent took on for a team: promises ("I'll have sales email you", "I'll pass it to our product
/// team") count as said; offers ("would you like me to have support call you?") only when the user's next turn
/// accepts. An accepted offer of a call is covered by the booking when one succeeded. A document the agent promises
/// to send itself belongs to the team that owns such documents (guides: support; pricing and contracts: sales).
/// </summary>
internal static class AgentFollowUpFinder
{
    public static IEnumerable<ActionCandidate> Find(Conversation conversation, DateOnly today, bool meetingBooked)
    {
        foreach (var turn in conversation.AssistantTurns)
        {
            foreach (Match m in FollowUpCues.Promise().Matches(turn.Text))
            {
                var (start, end) = SentenceBounds.Around(turn.Text, m.Index);
                var owner = FollowUpCues.OwnerOf(m.Groups["team"].Value);
                yield return Candidate(turn, start, end, owner, today, 0.8);
                var rest = m.Index + m.Length;
                if (rest < end && FollowUpCues.CoordinatedPromise().Match(turn.Text, rest, end - rest) is { Success: true } second)
                {
                    yield return Candidate(turn, start, end, FollowUpCues.OwnerOf(second.Groups["team"].Value), today, 0.75);
                }
            }

            foreach (Match m in FollowUpCues.SendPromise().Matches(turn.Text))
            {
                var (start, end) = SentenceBounds.Around(turn.Text, m.Index);
                var document = FollowUpCues.Document().Match(turn.Text, m.Index, end - m.Index);
                if (document.Success && !FollowUpCues.Promise().Match(turn.Text, start, end - start).Success)
                {
                    var owner = document.Groups["support"].Success ? ActionOwners.Support : ActionOwners.Sales;
                    yield return Candidate(turn, start, end, owner, today, 0.7);
                }
            }

            if (AcceptedOffer(conversation, turn, meetingBooked, today) is { } offer)
            {
                yield return offer;
            }
        }
    }

    private static ActionCandidate? AcceptedOffer(Conversation conversation, Turn turn, bool meetingBooked, DateOnly today)
    {
        // the user's short reply is read before the agent's long turn: most offers go unanswered or unaccepted
        var next = conversation.NextUserTurn(turn);
        if (next is null || next.Index != turn.Index + 1
            || !FollowUpCues.Acceptance().IsMatch(next.Text) || FollowUpCues.Decline().IsMatch(next.Text))
        {
            return null;
        }

        var offer = FollowUpCues.Offer().Match(turn.Text);
        if (!offer.Success)
        {
            return null;
        }

        var (start, end) = SentenceBounds.Around(turn.Text, offer.Index);
        var team = FollowUpCues.TeamWord().Match(turn.Text, start, end - start);
        if (!team.Success)
        {
            team = FollowUpCues.TeamWord().Match(turn.Text);
        }

        var aboutMeeting = FollowUpCues.MeetingWord().Match(turn.Text, start, end - start).Success;
        // a meeting is booked with sales, whoever the agent names ("our API specialists")
        // with no team named, an offer to send a document goes to the team that owns it
        var document = FollowUpCues.Document().Match(turn.Text, start, end - start);
        var owner = aboutMeeting ? ActionOwners.Sales : team.Success ? FollowUpCues.OwnerOf(team.Value)
            : document.Success ? document.Groups["support"].Success ? ActionOwners.Support : ActionOwners.Sales : null;
        if (owner is null || (aboutMeeting && meetingBooked))
        {
            return null;
        }

        return Candidate(turn, start, end, owner, today, 0.7);
    }

    private static ActionCandidate Candidate(Turn turn, int start, int end, string owner, DateOnly today, double confidence)
    {
        var sentence = turn.Text[start..end];
        var kind = FollowUpCues.Document().IsMatch(sentence) ? ActionKinds.DocumentToShare
            : owner switch
            {
                ActionOwners.Support => ActionKinds.SupportFollowUp,
                ActionOwners.Product => ActionKinds.ProductFeedback,
                _ => ActionKinds.SalesFollowUp,
            };
        return new ActionCandidate(kind, owner, sentence, DueDateResolver.Resolve(sentence, today), confidence, new Evidence(sentence, turn.ItemId, start, end), turn.Index);
    }
}
