using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>Phrases of an agent that listens: acknowledgments (at the start of a reply) and requests for clarification.</summary>
public static class ListeningCues
{
    public static readonly PhraseMatcher<bool> Acknowledgments = Phrases(
        "got it", "i see", "makes sense", "that makes sense", "understood", "i understand", "that's fair", "fair enough",
        "good to know", "thanks for sharing", "thanks for explaining", "i hear you", "mm-hmm", "mhm", "uh-huh", "sounds good",
        "great to hear", "good to hear", "that's helpful", "thanks for that", "noted", "that's common", "that's a common one",
        "that's a lot", "that's very doable", "that's doable", "i get it", "totally", "right");

    public static readonly PhraseMatcher<bool> Clarifications = Phrases(
        "just to confirm", "to confirm", "just to clarify", "to clarify", "do you mean", "did you mean", "when you say",
        "could you clarify", "can you clarify", "to make sure i understand", "so you're saying", "did you say",
        "could you repeat", "can you repeat", "what do you mean", "are you asking", "is that right", "is that correct",
        "you mean", "sorry, i missed");

    private static PhraseMatcher<bool> Phrases(params string[] phrases) => PhraseMatcher<bool>.From(phrases.Select(p => (p, true)));
}
