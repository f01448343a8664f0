namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>
/// The turns around a turn that decide what it means: the agent's reply to a user turn (every assistant turn up to
/// the user's next turn, since "let me check" often comes before the answer) and the user's reaction to it.
/// </summary>
public static class ConversationWindows
{
    /// <summary>Assistant turns after <paramref name="turn"/> up to the next user turn.</summary>
    public static IEnumerable<Turn> RepliesTo(this Conversation conversation, Turn turn)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(turn);
        for (var i = turn.Index + 1; i < conversation.Turns.Count && !conversation.Turns[i].IsUser; i++)
        {
            yield return conversation.Turns[i];
        }
    }

    /// <summary>Assistant turns between the previous user turn and <paramref name="turn"/>, latest first.</summary>
    public static IEnumerable<Turn> AgentTurnsBefore(this Conversation conversation, Turn turn)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(turn);
        for (var i = turn.Index - 1; i >= 0 && !conversation.Turns[i].IsUser; i--)
        {
            yield return conversation.Turns[i];
        }
    }

    /// <summary>The first user turn after <paramref name="turn"/>, or null when the user never spoke again.</summary>
    public static Turn? NextUserTurn(this Conversation conversation, Turn turn)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(turn);
        for (var i = turn.Index + 1; i < conversation.Turns.Count; i++)
        {
            if (conversation.Turns[i].IsUser)
            {
                return conversation.Turns[i];
            }
        }

        return null;
    }

    /// <summary>The last user turn before <paramref name="turn"/>, or null.</summary>
    public static Turn? PreviousUserTurn(this Conversation conversation, Turn turn)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(turn);
        for (var i = turn.Index - 1; i >= 0; i--)
        {
            if (conversation.Turns[i].IsUser)
            {
                return conversation.Turns[i];
            }
        }

        return null;
    }
}
