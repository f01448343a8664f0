using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>Agent phrases that leave a question open: nothing found, cannot confirm, a failure.</summary>
public static class NonAnswerCues
{
    public static readonly PhraseMatcher<bool> Matcher = PhraseMatcher<bool>.From(new[]
    {
        "couldn't find", "could not find", "can't find", "cannot find", "not finding", "couldn't confirm", "can't confirm",
        "cannot confirm", "could not confirm", "i don't know", "i'm not sure", "i am not sure", "rather not guess",
        "don't want to promise", "unable to", "having trouble", "isn't responding", "not responding", "didn't go through",
        "did not go through", "isn't available", "not available", "can't quote", "no information", "don't have information",
        "don't have that information", "not able to",
    }.Select(p => (p, true)));
}
