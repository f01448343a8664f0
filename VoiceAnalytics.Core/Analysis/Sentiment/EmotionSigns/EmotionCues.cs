using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;

/// <summary>Cue phrases of the five emotions, written for this project; one phrase may show two emotions.</summary>
public static class EmotionCues
{
    public static readonly PhraseMatcher<EmotionCue[]> Matcher = new(
        Excitement().Select(c => (c.Phrase, new EmotionCue(Emotions.Excitement, c.Weight)))
            .Concat(Frustration())
            .Concat(Confusion().Select(c => (c.Phrase, new EmotionCue(Emotions.Confusion, c.Weight))))
            .Concat(Confidence().Select(c => (c.Phrase, new EmotionCue(Emotions.Confidence, c.Weight))))
            .Concat(Hesitation().Select(c => (c.Phrase, new EmotionCue(Emotions.Hesitation, c.Weight))))
            .GroupBy(c => c.Item1, StringComparer.OrdinalIgnoreCase)
            .Select(g => CuePhrase<EmotionCue[]>.Parse(g.Key, [.. g.Select(c => c.Item2)])));

    private static IEnumerable<(string Phrase, double Weight)> Excitement() =>
    [
        ("love", 1.0), ("loved", 1.0), ("amazing", 1.2), ("awesome", 1.2), ("fantastic", 1.2), ("incredible", 1.0),
        ("excited", 1.2), ("exciting", 1.0), ("thrilled", 1.3), ("can't wait", 1.3), ("cannot wait", 1.3), ("wow", 1.0),
        ("yay", 1.2), ("game changer", 1.2), ("so cool", 1.0), ("perfect", 0.6), ("great", 0.4), ("brilliant", 1.0),
        ("exactly what", 0.8), ("this is great", 0.8), ("that's great", 0.6),
    ];

    private static IEnumerable<(string Phrase, EmotionCue Cue)> Frustration()
    {
        foreach (var (phrase, weight) in FrustrationWords())
        {
            yield return (phrase, new EmotionCue(Emotions.Frustration, weight));
        }

        foreach (var sigh in new[] { "ugh", "argh", "sigh", "sighs" })
        {
            yield return (sigh, new EmotionCue(Emotions.Frustration, 1.2, "sigh"));
        }

        foreach (var repeat in new[] { "already told you", "i already said", "i just said", "as i said", "like i said", "how many times", "i said that" })
        {
            yield return (repeat, new EmotionCue(Emotions.Frustration, 1.1, "repetition_complaint"));
        }
    }

    private static IEnumerable<(string Phrase, double Weight)> FrustrationWords() =>
    [
        ("frustrated", 1.2), ("frustrating", 1.2), ("frustration", 1.2), ("annoyed", 1.0), ("annoying", 1.0),
        ("irritated", 1.0), ("irritating", 1.0), ("forget it", 1.3), ("waste of time", 1.3), ("ridiculous", 1.0),
        ("hassle", 0.8), ("stuck", 0.8), ("can't figure", 0.8), ("cannot figure", 0.8), ("way too", 0.6), ("clunky", 0.6),
        ("not working", 0.8), ("doesn't work", 0.7), ("keeps failing", 1.0), ("pointless", 0.8), ("fed up", 1.3),
        ("sick of", 1.2), ("give up", 1.0), ("over it", 0.8), ("in circles", 1.0), ("still not", 0.6), ("still doesn't", 0.7),
        ("still can't", 0.7), ("headache", 0.8), ("nightmare", 1.0), ("taking forever", 1.0), ("don't have time", 0.7),
        ("fight with", 0.7), ("come on", 0.8), ("never mind", 0.6),
    ];

    private static IEnumerable<(string Phrase, double Weight)> Confusion() =>
    [
        ("confused", 1.2), ("confusing", 1.2), ("confusion", 1.2), ("not sure how", 1.0), ("not sure where", 1.0),
        ("not sure what", 0.8), ("don't understand", 1.2), ("do not understand", 1.2), ("can't figure", 1.0),
        ("cannot figure", 1.0), ("don't get it", 1.1), ("doesn't make sense", 1.1), ("makes no sense", 1.1),
        ("what do you mean", 1.0), ("lost", 0.6), ("where do i", 0.8), ("i don't see", 0.7), ("can't find", 0.8),
        ("cannot find", 0.8), ("huh", 0.8), ("not following", 0.9), ("unclear", 0.8), ("wait", 0.4), ("i thought", 0.4),
    ];

    private static IEnumerable<(string Phrase, double Weight)> Confidence() =>
    [
        ("definitely", 0.8), ("for sure", 0.8), ("certainly", 0.7), ("absolutely", 0.6), ("my call", 1.0),
        ("my decision", 1.0), ("up to me", 1.0), ("i decide", 1.0), ("i'm sold", 1.2), ("pretty much sold", 1.2),
        ("we need", 0.5), ("must have", 0.8), ("a must", 0.8), ("let's do it", 1.0), ("let's do that", 0.8),
        ("i'll do it", 0.8), ("i'll do that", 0.8), ("ready to", 0.8), ("we're ready", 1.0), ("budget authority", 1.0),
        ("my budget", 0.8), ("no doubt", 0.8), ("confident", 0.8), ("sign this week", 0.8), ("upgrade today", 0.8),
        ("upgrade tonight", 0.8), ("i know exactly", 1.0), ("don't need anyone", 1.0), ("whatever i decide", 1.0),
    ];

    private static IEnumerable<(string Phrase, double Weight)> Hesitation() =>
    [
        ("not sure", 0.8), ("i guess", 0.6), ("maybe", 0.3), ("i doubt", 0.9), ("doubt", 0.6), ("not sold", 1.0),
        ("not totally sold", 1.1), ("hmm", 0.4), ("um", 0.2), ("uh", 0.2), ("we'll see", 0.8), ("i don't know", 0.7),
        ("probably", 0.3), ("need to think", 1.0), ("think about it", 0.8), ("just looking", 0.8), ("poking around", 0.7),
        ("shopping around", 0.7), ("on the fence", 1.1), ("hesitant", 1.0), ("not convinced", 1.0), ("not yet", 0.4),
        ("i suppose", 0.6), ("perhaps", 0.3), ("it depends", 0.5), ("not ready", 0.8), ("wait and see", 1.0), ("eh", 0.6),
    ];
}
