using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// Scores the agent 0-10: user questions resolved 40 %, tool calls that worked 25 %, replies short enough for voice
/// 20 %, listening cues 15 % (a part that cannot be measured is left out and the rest re-weighted).
/// </summary>
public static class EffectivenessReader
{
    private const int MaxSentences = 3;
    private const int MaxWords = 60;

    public static AgentEffectiveness Read(Conversation conversation, IReadOnlyList<ScannedTurn> agentTurns, IReadOnlyList<ScoredTurn> userTurns, ActiveListening listening)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(agentTurns);
        ArgumentNullException.ThrowIfNull(userTurns);
        ArgumentNullException.ThrowIfNull(listening);
        var (asked, resolved) = Resolution(agentTurns, userTurns);
        double? resolution = asked == 0 ? null : (double)resolved / asked;
        double? tools = conversation.Tools.Count == 0 ? null
            : (double)conversation.Tools.Count(t => ToolOutcomes.Of(conversation, t) == ToolResult.Success) / conversation.Tools.Count;
        var concise = agentTurns.Count == 0 ? 1 : (double)agentTurns.Count(IsConcise) / agentTurns.Count;
        var cues = listening.Acknowledgments + listening.BuildOnResponses + listening.Clarifications;
        var listeningScore = agentTurns.Count == 0 ? 0 : Math.Min(1, 2.0 * cues / agentTurns.Count);
        var score = 10 * Weighted((resolution, 0.4), (tools, 0.25), (concise, 0.2), (listeningScore, 0.15));
        return new AgentEffectiveness(
            Math.Round(score, 1),
            asked,
            resolved,
            resolution is { } r ? Math.Round(r, 3) : null,
            tools is { } t ? Math.Round(t, 3) : null,
            Math.Round(concise, 3),
            Math.Round(listeningScore, 3));
    }

    /// <summary>The weighted mean of the parts that have a value.</summary>
    public static double Weighted(params (double? Value, double Weight)[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        double sum = 0, weight = 0;
        foreach (var (value, w) in parts)
        {
            if (value is { } v)
            {
                sum += v * w;
                weight += w;
            }
        }

        return weight == 0 ? 0 : sum / weight;
    }

    /// <summary>Each user question is resolved when the agent replies before the user speaks again without a non-answer.</summary>
    private static (int Asked, int Resolved) Resolution(IReadOnlyList<ScannedTurn> agentTurns, IReadOnlyList<ScoredTurn> userTurns)
    {
        // Both lists are in call order, so one pointer walks the agent's turns once (not a scan per question).
        int asked = 0, resolved = 0, next = 0;
        for (var k = 0; k < userTurns.Count; k++)
        {
            var from = userTurns[k].Turn.Index;
            var to = k + 1 < userTurns.Count ? userTurns[k + 1].Turn.Index : int.MaxValue;
            while (next < agentTurns.Count && agentTurns[next].Turn.Index <= from)
            {
                next++;
            }

            var count = userTurns[k].Questions.Count;
            if (count == 0)
            {
                continue;
            }

            var replies = 0;
            var nonAnswer = false;
            for (var a = next; a < agentTurns.Count && agentTurns[a].Turn.Index < to; a++)
            {
                replies++;
                nonAnswer = nonAnswer || agentTurns[a].Has(NonAnswerCues.Matcher);
            }

            asked += count;
            resolved += replies > 0 && !nonAnswer ? count : 0;
        }

        return (asked, resolved);
    }

    private static bool IsConcise(ScannedTurn turn)
    {
        var words = turn.Words;
        if (words.Count > MaxWords)
        {
            return false;
        }

        var sentences = words.Count > 0 && !words[^1].EndsSentence ? 1 : 0;
        for (var i = 0; i < words.Count; i++)
        {
            sentences += words[i].EndsSentence ? 1 : 0;
        }

        return sentences <= MaxSentences;
    }
}
