using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>Counts each side's turns as runs of consecutive messages and rates the balance against spec 3.3.</summary>
public static class TurnBalanceReader
{
    public static TurnBalance Read(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        int user = 0, agent = 0;
        string? previous = null;
        foreach (var turn in conversation.Turns)
        {
            if (turn.Role != previous)
            {
                user += turn.IsUser ? 1 : 0;
                agent += turn.IsAssistant ? 1 : 0;
                previous = turn.Role;
            }
        }

        double? ratio = agent == 0 ? null : Math.Round((double)user / agent, 2);
        var assessment = ratio switch
        {
            null => user == 0 ? "user_disengaged" : "user_dominating",
            < 0.5 => "user_disengaged",
            < 0.6 => "agent_heavy",
            <= 1.4 => "balanced",
            <= 2.0 => "user_heavy",
            _ => "user_dominating",
        };
        return new TurnBalance(user, agent, ratio, assessment, ratio is >= 0.6 and <= 1.4);
    }
}
