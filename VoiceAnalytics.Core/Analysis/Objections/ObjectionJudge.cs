using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Severity and status of a found objection, and the priority order. Resolved means the agent answered without a
/// limitation and the user's next turn opens with an acceptance ("okay, good", "perfect").
/// </summary>
internal static class ObjectionJudge
{
    public const string Blocker = "blocker";
    public const string Concern = "concern";
    public const string Resolved = "resolved";
    public const string Outstanding = "outstanding";

    public static IReadOnlyList<Objection> Judge(Conversation conversation, List<ObjectionCandidate> candidates)
    {
        var judged = new List<Objection>(candidates.Count);
        foreach (var c in candidates)
        {
            var (start, end) = c.FromReaction ? SentenceBounds.Around(c.Turn.Text, c.Index) : SentenceWindow.Around(c.Turn.Text, c.Index);
            var severity = ObjectionTopics.Blocker().Match(c.Turn.Text, start, end - start).Success ? Blocker : Concern;
            var resolution = c.FromReaction ? null : Resolution(conversation, c.Turn);
            judged.Add(new Objection(
                c.Category,
                severity,
                resolution is null ? Outstanding : Resolved,
                0,
                c.Trigger,
                c.Confidence,
                Evidence.Sentence(c.Turn, c.Index),
                resolution));
        }

        var ordered = judged
            .Select((o, i) => (o, i))
            .OrderBy(x => x.o.Severity == Blocker ? 0 : 1)
            .ThenBy(x => x.o.Status == Outstanding ? 0 : 1)
            .ThenBy(x => x.i)
            .Select((x, rank) => x.o with { Priority = rank + 1 });
        return [.. ordered];
    }

    private static Evidence? Resolution(Conversation conversation, Turn turn)
    {
        var answered = false;
        foreach (var reply in conversation.RepliesTo(turn))
        {
            if (AgentAnswerCues.Limitation(conversation, reply).Success)
            {
                return null;
            }

            answered = true;
        }

        var next = conversation.NextUserTurn(turn);
        return answered && next is not null && UserReactionCues.IsPositive(next.Text) ? Evidence.Sentence(next, 0) : null;
    }
}
