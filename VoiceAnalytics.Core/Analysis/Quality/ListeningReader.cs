using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// Counts the agent's listening cues, one per turn each: an acknowledgment in the first words of a reply, a reply that
/// reuses at least two content words of the user's last turn, a request for clarification.
/// </summary>
public static class ListeningReader
{
    private const int AcknowledgmentWindow = 4;
    private const int SharedWordsToBuildOn = 2;
    private const int MaxExamples = 5;

    public static ActiveListening Read(Conversation conversation, IReadOnlyList<ScannedTurn> agentTurns, IReadOnlyList<ScoredTurn> userTurns)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(agentTurns);
        ArgumentNullException.ThrowIfNull(userTurns);
        int acks = 0, buildOn = 0, clarifications = 0;
        var examples = new List<Evidence>();
        var userWords = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var agent in agentTurns)
        {
            var ack = agent.FirstMatch(ListeningCues.Acknowledgments, 0, AcknowledgmentWindow);
            var clarify = agent.FirstMatch(ListeningCues.Clarifications);
            acks += ack >= 0 ? 1 : 0;
            clarifications += clarify >= 0 ? 1 : 0;
            if (BuildsOn(conversation, agent, userTurns, userWords))
            {
                buildOn++;
            }

            var example = ack >= 0 ? ack : clarify;
            if (example >= 0 && examples.Count < MaxExamples)
            {
                examples.Add(Evidence.Sentence(agent.Turn, example));
            }
        }

        return new ActiveListening(acks, buildOn, clarifications, examples);
    }

    private static bool BuildsOn(Conversation conversation, ScannedTurn agent, IReadOnlyList<ScoredTurn> userTurns, Dictionary<string, HashSet<int>> cache)
    {
        var index = agent.Turn.Index;
        if (index == 0 || conversation.Turns[index - 1] is not { IsUser: true } previous)
        {
            return false;
        }

        var scored = userTurns[previous.UserIndex];
        if (!cache.TryGetValue(scored.Turn.ItemId, out var said))
        {
            said = ContentWords.Of(scored.Text, scored.Words);
            cache[scored.Turn.ItemId] = said;
        }

        return ContentWords.SharesAtLeast(agent.Text, agent.Words, said, SharedWordsToBuildOn);
    }
}
