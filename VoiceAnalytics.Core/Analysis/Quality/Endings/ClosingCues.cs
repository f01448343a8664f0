using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Quality.Endings;

/// <summary>Polite closings: farewells and thanks from the user, farewells and well-wishes from the agent.</summary>
public static class ClosingCues
{
    public static readonly PhraseMatcher<bool> Farewells = Phrases(
        "bye", "goodbye", "bye-bye", "bye now", "good bye", "see you", "see ya", "talk soon", "talk to you", "take care",
        "have a good one", "have a good day", "have a great day", "have a nice day", "have a good weekend",
        "have a great weekend", "have a good night", "have a good evening", "cheers", "catch you later", "talk later", "farewell");

    public static readonly PhraseMatcher<bool> Thanks = Phrases(
        "thanks", "thank you", "thank", "appreciate it", "appreciate your help", "appreciate the help", "much appreciated",
        "ty", "thx");

    /// <summary>What an agent says to close: farewells plus well-wishes and "you're welcome".</summary>
    public static readonly PhraseMatcher<bool> AgentClosings = Phrases(
        "bye", "goodbye", "bye-bye", "bye now", "bye for now", "see you", "talk soon", "talk to you", "take care",
        "have a good one", "have a good day", "have a great day", "have a nice day", "have a good weekend",
        "have a great weekend", "have a wonderful", "good luck", "enjoy", "you're welcome", "happy to help",
        "glad to help", "glad i could help", "anytime", "my pleasure", "thanks for calling", "thanks for your time",
        "thank you for your time", "cheers");

    private static PhraseMatcher<bool> Phrases(params string[] phrases) => PhraseMatcher<bool>.From(phrases.Select(p => (p, true)));
}
