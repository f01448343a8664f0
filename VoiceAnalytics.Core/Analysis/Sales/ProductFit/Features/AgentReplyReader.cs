using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Features;

/// <summary>
/// Reads the agent's answer to a user's turn (every assistant turn and search until the user speaks again): did it
/// confirm a capability exists? A failed search for it, or "I couldn't confirm", means no; the sentence naming the
/// capability is read first, the whole answer when none names it.
/// </summary>
internal static class AgentReplyReader
{
    private static readonly PhraseMatcher<bool> Denials = new(
        "couldn't", "could not", "can't confirm", "cannot confirm", "not able to", "wasn't able", "unable", "not finding",
        "didn't find", "don't see", "no native", "not supported", "isn't supported", "doesn't support", "don't support",
        "not available", "isn't available", "don't want to promise", "can't promise", "not sure", "i'll pass", "pass it",
        "pass that", "pass along", "flag it", "flag that", "note it", "as a request", "feature request", "don't have",
        "doesn't have", "do not have", "not possible", "isn't possible", "no way to", "on the roadmap", "not currently",
        "can't", "cannot");

    private static readonly PhraseMatcher<bool> Confirmations = new(
        "yes", "yep", "absolutely", "supports", "supported", "you can", "lets you", "let you", "there's a", "there is a",
        "there are", "has a", "have a", "integrates", "includes", "included", "is available", "comes with", "built in",
        "offers", "does have", "definitely", "has an", "have an", "part of the", "available on", "are available");

    public static ReplyVerdict Read(Conversation conversation, List<SearchRecord> searches, Turn userTurn, string feature)
    {
        var nextUser = NextUserIndex(conversation, userTurn);
        var anySearchEmpty = false;
        foreach (var search in searches)
        {
            if (search.TurnIndex < userTurn.Index || search.TurnIndex >= nextUser || !search.FoundNothing)
            {
                continue;
            }

            if (search.Features.Contains(feature))
            {
                return ReplyVerdict.SearchFoundNothing;
            }

            anySearchEmpty = true;
        }

        var verdict = ReadReplies(conversation, userTurn.Index + 1, nextUser, feature);
        return verdict == ReplyVerdict.Unanswered && anySearchEmpty ? ReplyVerdict.NotConfirmed : verdict;
    }

    /// <summary>Capabilities some agent sentence confirms exist, wherever in the call (one pass over the agent's turns).</summary>
    public static HashSet<string> ConfirmedAnywhere(Conversation conversation)
    {
        var confirmed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var turn in conversation.Turns)
        {
            // A sentence confirms only with a confirmation phrase in it, so a turn with none needs no term scan
            // (sentences start and end between words, so the phrase is in the turn's text too).
            if (turn.IsUser || !Confirmations.In(turn.Text))
            {
                continue;
            }

            foreach (var hit in ProductLexicon.ScanTurn(conversation, turn))
            {
                if (hit.Kind == TermKind.Feature && Verdict(CueText.SentenceSpan(turn.Text, hit.Start)) == ReplyVerdict.Confirmed)
                {
                    confirmed.Add(hit.Value);
                }
            }
        }

        return confirmed;
    }

    private static ReplyVerdict ReadReplies(Conversation conversation, int from, int to, string feature)
    {
        var whole = ReplyVerdict.Unanswered;
        for (var i = from; i < to; i++)
        {
            var turn = conversation.Turns[i];
            foreach (var hit in ProductLexicon.ScanTurn(conversation, turn))
            {
                if (hit.Kind == TermKind.Feature && hit.Value == feature && Verdict(CueText.SentenceSpan(turn.Text, hit.Start)) is var v && v != ReplyVerdict.Unanswered)
                {
                    return v;
                }
            }

            if (whole == ReplyVerdict.Unanswered)
            {
                whole = Verdict(turn.Text);
            }
        }

        return whole;
    }

    private static ReplyVerdict Verdict(ReadOnlySpan<char> text) =>
        Denials.In(text) ? ReplyVerdict.NotConfirmed
        : Confirmations.In(text) ? ReplyVerdict.Confirmed
        : ReplyVerdict.Unanswered;

    private static int NextUserIndex(Conversation conversation, Turn userTurn)
    {
        for (var i = userTurn.Index + 1; i < conversation.Turns.Count; i++)
        {
            if (conversation.Turns[i].IsUser)
            {
                return i;
            }
        }

        return conversation.Turns.Count;
    }
}
