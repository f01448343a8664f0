using VoiceAnalytics.Core.Analysis.Sentiment;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>Red flags, strengths and recommendations from a quality report's measurements.</summary>
public static class QualityNotes
{
    private const double LongMonologueSeconds = 30;

    public static IReadOnlyList<QualityNote> RedFlags(ConversationQualityReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var flags = new List<QualityNote>();
        Add(flags, r.Speaking.DeadAirPercent is > 5, "dead_air", $"Dead air is {r.Speaking.DeadAirPercent:0.#} % of the call (target under 5 %).");
        Add(flags, !r.InterruptionDetails.WithinTarget, "interruptions", $"The user interrupted the agent {r.Interruptions} times ({r.InterruptionDetails.PerMinute:0.##}/min).");
        Add(flags, r.Sentiment.Trend == SentimentTrend.Declining, "negative_trend", "The user's sentiment declined over the call.");
        Add(flags, r.Sentiment.Overall == SentimentLabels.Negative, "negative_sentiment", "The user's overall sentiment was negative.");
        Add(flags, !r.NaturalEnding, "abrupt_ending", $"The call did not end with a goodbye from both sides ({r.EndReason}).");
        Add(flags, r.TurnBalance.Assessment == "user_disengaged", "user_disengaged", "The agent took more than twice as many turns as the user.");
        Add(flags, r.TurnBalance.Assessment == "user_dominating", "user_dominating", "The user took more than twice as many turns as the agent.");
        Add(flags, r.AgentEffectiveness is { QuestionsAsked: >= 2, ResolutionRate: < 0.5 }, "unresolved_questions", "Most of the user's questions were left unanswered.");
        Add(flags, r.AgentEffectiveness.ToolSuccessRate is < 1, "tool_failures", "Some tool calls failed or found nothing.");
        Add(flags, r.Speaking.LongestAgentMonologue is { Seconds: > LongMonologueSeconds }, "long_agent_monologue", $"The agent spoke for {r.Speaking.LongestAgentMonologue?.Seconds:0} s without a break.");
        return flags;
    }

    public static IReadOnlyList<QualityNote> Strengths(ConversationQualityReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var strengths = new List<QualityNote>();
        Add(strengths, r.Questions.Engaged || r.UserQuestions >= 3, "engaged_user", $"An engaged conversation: {r.UserQuestions} user and {r.Questions.AgentQuestions} agent questions.");
        Add(strengths, r.AgentEffectiveness is { QuestionsAsked: > 0, ResolutionRate: >= 0.8 }, "questions_resolved", "The agent answered the user's questions.");
        Add(strengths, r.Sentiment.Overall == SentimentLabels.Positive, "positive_sentiment", "The user was positive overall.");
        Add(strengths, r.Sentiment.Trend == SentimentTrend.Improving, "improving_trend", "The user's sentiment improved over the call.");
        Add(strengths, r.NaturalEnding, "natural_ending", "Both sides closed the call politely.");
        Add(strengths, r.Listening.Acknowledgments + r.Listening.BuildOnResponses >= 3, "active_listening", "The agent acknowledged and built on what the user said.");
        Add(strengths, r.Speaking.DeadAirPercent is < 2, "low_dead_air", "Almost no dead air.");
        Add(strengths, r.TurnBalance.WithinTarget, "balanced_turns", "A balanced exchange of turns.");
        return strengths;
    }

    public static IReadOnlyList<string> Recommendations(IReadOnlyList<QualityNote> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var advice = flags.Select(f => f.Code switch
        {
            "dead_air" => "Fill tool waits with a short holding phrase and cut slow tool calls.",
            "interruptions" => "Shorten the agent's replies and pause for the user after a question.",
            "negative_trend" or "negative_sentiment" => "Review the turns where sentiment dropped and follow up with an apology and a fix.",
            "abrupt_ending" => "Check why the call ended early; make sure the agent confirms next steps and says goodbye.",
            "user_disengaged" => "Ask more open questions so the user talks more.",
            "user_dominating" => "Make sure the agent answers each user turn.",
            "unresolved_questions" => "Add the unanswered topics to the knowledge base or route them to a specialist.",
            "tool_failures" => "Investigate the failed tool calls and empty searches.",
            "long_agent_monologue" => "Keep agent replies to one to three short sentences.",
            _ => null,
        }).OfType<string>().Distinct().ToList();
        return advice.Count > 0 ? advice : ["No change needed: the call met its quality targets."];
    }

    private static void Add(List<QualityNote> notes, bool when, string code, string detail)
    {
        if (when)
        {
            notes.Add(new QualityNote(code, detail));
        }
    }
}
