using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>Agent questions about the tool or process the user has today ("What are you using now?", "What's not working?").</summary>
public static class StatusQuoQuestions
{
    private static readonly PhraseMatcher<bool> Cues = PhraseMatcher<bool>.From(
        new[]
        {
            "using today", "using now", "use today", "use now", "using for that", "using for these", "using currently",
            "currently using", "currently use", "doing that today", "doing those today", "doing it today", "doing this today",
            "handling that today", "handle that today", "handle it today", "what are you using", "what do you use",
            "how are you doing that", "how are you doing those", "how are you handling", "how do you handle",
            "how do you do that", "what's not working", "what isn't working", "what is not working", "what made you",
            "current process", "current tool", "current setup",
        }.Select(p => (p, true)));

    /// <summary>True when the agent's turn asks how the user works today.</summary>
    public static bool Asks(TurnText agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return Cues.FirstIndex(agent.Plain, agent.Words) >= 0;
    }
}
