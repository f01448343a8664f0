namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>
/// Negative words, complaints and frustration cues with their valence (-2-0), split into the speaker's own feelings and
/// descriptions of a thing or a situation. Written for this project.
/// </summary>
internal static class NegativeTerms
{
    public static IEnumerable<(string Phrase, double Valence, bool Feeling)> All() =>
        Feelings().Select(f => (f.Phrase, f.Valence, true)).Concat(Descriptions.Select(d => (d.Item1, d.Item2, false)));

    private static IEnumerable<(string Phrase, double Valence)> Feelings()
    {
        foreach (var word in Forms("frustrat", "ed", "ing", "ion", "es", "e"))
        {
            yield return (word, -1.0);
        }

        foreach (var word in Forms("annoy", "ed", "ing", "ance", "s").Concat(Forms("irritat", "ed", "ing", "ion")))
        {
            yield return (word, -0.9);
        }

        foreach (var word in Forms("disappoint", "ed", "ing", "ment").Concat(Forms("hat", "e", "ed", "es", "ing")))
        {
            yield return (word, -1.1);
        }

        foreach (var word in Forms("confus", "ed", "ing", "ion"))
        {
            yield return (word, -0.6);
        }

        foreach (var feeling in FeelingWords)
        {
            yield return feeling;
        }
    }

    private static IEnumerable<string> Forms(string stem, params string[] endings) => endings.Select(e => stem + e);

    private static readonly (string, double)[] FeelingWords =
    [
        ("furious", -1.4), ("angry", -1.2), ("upset", -1.0), ("unhappy", -1.0), ("fed up", -1.2), ("sick of", -1.1),
        ("concerned", -0.6), ("worried", -0.7), ("worry", -0.6), ("nervous", -0.6), ("anxious", -0.7), ("stressed", -0.7),
        ("pressure", -0.5), ("stuck", -0.7), ("can't figure", -0.8), ("cannot figure", -0.8), ("doubt", -0.5),
        ("doubtful", -0.5), ("skeptical", -0.6), ("not sure", -0.3), ("unsure", -0.3), ("i guess $", -0.2), ("meh", -0.5),
        ("eh", -0.3), ("over it", -0.8), ("burned", -0.6), ("struggling", -0.7), ("lost", -0.3),

        // Frustration cues of conversation: sighs, giving up, having to repeat oneself.
        ("ugh", -1.0), ("argh", -1.0), ("sigh", -0.8), ("sighs", -0.8), ("forget it", -1.0), ("never mind", -0.5),
        ("give up", -0.9), ("i already told you", -1.1), ("already told you", -1.0), ("i already said", -0.9),
        ("i just said", -0.7), ("as i said", -0.4), ("like i said", -0.4), ("waste of time", -1.3),

        // Dismissal and leaving: a shrug that closes the topic, cutting the call short, refusing the next step.
        // Leaving on its own is weak evidence (a customer may just have walked in), so it only tips a call already souring.
        ("whatever $", -0.9), ("sure whatever", -1.0), ("yeah whatever", -1.0), ("i gotta go", -0.3), ("i got to go", -0.3),
        ("i have to go", -0.3), ("i've got to go", -0.3), ("i need to go", -0.3), ("gotta run", -0.3), ("i'm done $", -1.0),
        ("we're done $", -0.9), ("don't bother", -0.9), ("not interested", -0.8), ("no thanks", -0.4), ("no thank you", -0.4),
        ("don't have time", -0.6), ("not happening", -0.9), ("not that it'll matter", -0.8), ("not that it matters", -0.7),
        ("i'm out", -0.7), ("count me out", -0.8), ("moving on", -0.3), ("so-so", -0.5), ("so so", -0.5),

        // Exasperation without a feeling word: having to ask again, nobody answering, no point.
        ("what's the point", -1.0), ("what is the point", -1.0), ("whats the point", -1.0), ("third time", -0.8),
        ("every single time", -0.7), ("nobody can", -0.6), ("no one can", -0.6), ("nobody knows", -0.6), ("unbelievable", -0.8),
        ("are you kidding", -1.0), ("you're kidding", -0.9), ("give me a break", -1.0), ("for crying out loud", -1.1),
        ("seriously $", -0.4), ("come on $", -0.6), ("starting to think", -0.3), ("feel dumb", -0.9), ("feel stupid", -0.9),
        ("feel like an idiot", -1.0), ("feel baited", -1.0), ("baited", -0.9), ("misled", -1.0), ("bait and switch", -1.2),
        ("jacking up", -0.8), ("gouging", -1.0), ("kills it", -1.1), ("killed it for", -1.0), ("deal killer", -1.0),

        // Unmoved and unheard: the user is not persuaded, sees no point, or says their question went unanswered.
        ("not convinced", -0.7), ("unconvinced", -0.7), ("not sold", -0.7), ("not going to fly", -0.8), ("won't fly", -0.8),
        ("don't see the point", -0.9), ("don't see the value", -0.8), ("not answering", -0.8), ("not listening", -0.9),
        ("straight answer", -0.6), ("laugh me out", -0.7), ("shocking", -0.9),

        // Polite disappointment: the softeners a courteous user wraps a letdown in (consoling the agent, breaking bad
        // news gently, a hope in the past perfect); the thanks around them are manners, not satisfaction.
        ("not your fault", -0.6), ("i'm afraid", -0.4), ("it's just that", -0.4), ("i had hoped", -0.7), ("i'd hoped", -0.7),
        ("we had hoped", -0.7), ("we'd hoped", -0.7),

        // Strain and wariness the user brings to the call: under pressure, at the end of their tether, distrustful of
        // the whole idea. A state of the speaker, not a description of today's process ("drowning in paper" is workload),
        // so an opening in this mood that ends warm has improved.
        ("overwhelmed", -0.7), ("under the gun", -0.6), ("freaking out", -0.8), ("it's been a week", -0.5),
        ("it has been a week", -0.5), ("it's been a lot $", -0.5), ("about to throw", -0.8), ("about to lose it", -0.8),
        ("losing my mind", -0.8), ("wit's end", -0.9), ("pulling my hair out", -0.9), ("sceptical", -0.6),
        ("suspicious", -0.6), ("wary", -0.5), ("leery", -0.5), ("hesitant", -0.4), ("i don't trust", -0.6),
        ("i don't really trust", -0.6), ("not real sure", -0.3), ("not really sure", -0.3), ("not so sure", -0.3),

        // Verdicts on this call or this product: the speaker's reaction, kept at full weight when they describe today's process.
        ("not what i thought", -0.8), ("not what i expected", -0.8), ("not what i was hoping", -0.9), ("not what we need", -0.6),
        ("this isn't it", -0.9), ("doesn't cut it", -0.9), ("won't cut it", -0.9), ("falls short", -0.8), ("fell short", -0.8),
        ("waste of", -1.1), ("wasted", -0.9), ("for nothing", -0.6), ("no help", -0.8), ("not helpful", -0.9), ("unhelpful", -0.9),
        ("thanks i guess", -0.5), ("thank you i guess", -0.5), ("fine i guess", -0.4), ("okay i guess", -0.3),
        ("sure i guess", -0.4), ("i guess that's fine", -0.3),
    ];

    /// <summary>
    /// Unwanted contact: the user objects to being called at all, whatever the product. A stance they hold from the
    /// first word, not a mood the call brought about (<see cref="SentimentTerm.RefusesContact"/>).
    /// </summary>
    public static IEnumerable<(string Phrase, double Valence)> ContactRefusals() =>
    [
        ("didn't ask for a call", -0.8), ("did not ask for a call", -0.8), ("didn't ask for this call", -0.8),
        ("stop calling", -1.0), ("take me off", -0.9), ("off your list", -0.8), ("off the call list", -0.8),
        ("why are you calling", -0.8), ("calling me again", -0.8), ("what part of no", -1.1), ("third call", -0.8),
    ];

    private static readonly (string, double)[] Descriptions =
    [
        ("terrible", -1.3), ("awful", -1.3), ("horrible", -1.3), ("worst", -1.3), ("useless", -1.1), ("nightmare", -1.2),
        ("ridiculous", -1.1), ("unacceptable", -1.2), ("sucks", -1.1), ("waste of money", -1.2), ("bad", -0.8),
        ("poor", -0.7), ("worse", -0.9), ("wrong", -0.5), ("problem", -0.5), ("problems", -0.5), ("issue", -0.3),
        ("issues", -0.4), ("concern", -0.4), ("concerns", -0.4), ("stressful", -0.7), ("complicated", -0.6),
        ("difficult", -0.6), ("hard to", -0.5), ("tricky", -0.4), ("clunky", -0.8), ("messy", -0.7), ("a mess", -0.8),
        ("flaky", -0.7), ("buggy", -0.9), ("broken", -0.8), ("glitchy", -0.8), ("slow", -0.5), ("can't find", -0.6),
        ("cannot find", -0.6), ("doesn't work", -0.7), ("not working", -0.7), ("isn't working", -0.7),
        ("stopped working", -0.8), ("not going to work", -0.9), ("isn't going to work", -0.9), ("won't work", -0.8),
        ("not gonna work", -0.9), ("more than we can spend", -0.7), ("more than we can afford", -0.8), ("keeps failing", -0.9), ("keeps crashing", -0.9), ("failed", -0.5), ("fails", -0.5),
        ("failing", -0.6), ("expensive", -0.5), ("pricey", -0.5), ("steep", -0.5), ("overpriced", -0.9), ("costly", -0.5),
        ("too much", -0.5), ("can't afford", -0.7), ("a lot to pay", -0.5), ("that's a lot $", -0.4), ("it's a lot $", -0.4),
        ("overkill", -0.4), ("hard sell", -0.6), ("bummer", -0.7), ("hassle", -0.8), ("headache", -0.8), ("a pain", -0.8),
        ("painful", -0.8), ("pointless", -0.9), ("not worth", -0.8), ("non-starter", -0.6), ("nonstarter", -0.6),
        ("deal breaker", -0.6), ("dealbreaker", -0.6), ("a fight", -0.5), ("struggle", -0.7), ("struggled", -0.6),
        ("unfortunately", -0.5), ("sadly", -0.5), ("the catch", -0.3), ("downside", -0.4), ("drawback", -0.4),
        ("complaint", -0.5), ("complaints", -0.5), ("risky", -0.5), ("scary", -0.7), ("shame", -0.6), ("too bad", -0.6),
        ("no good", -0.7), ("tedious", -0.7), ("time consuming", -0.5), ("time-consuming", -0.5), ("outdated", -0.5),

        // Price shock: every way to say it costs more than hoped, beside "expensive" and "pricey" above.
        ("more than i expected", -0.5), ("more than we expected", -0.5), ("more than i was expecting", -0.5),
        ("more than we were expecting", -0.5), ("more than i thought", -0.4), ("double what", -0.6), ("twice what", -0.6),
        ("twice as much", -0.5), ("paying more", -0.4), ("adds up", -0.3), ("out of our range", -0.7),
        ("out of our budget", -0.7), ("over our budget", -0.7), ("over budget", -0.6), ("can't justify", -0.7),
        ("hard to justify", -0.6), ("price hike", -0.6), ("raised the price", -0.4), ("raised their price", -0.4),
        ("raised their prices", -0.4), ("went up", -0.3),

        // Disparagement and letdown: the product or offer judged as poor without a standard complaint word.
        ("garbage", -1.1), ("trash", -1.0), ("junk", -1.0), ("crap", -1.1), ("crappy", -1.1), ("a joke", -1.0), ("joke $", -0.8),
        ("ripoff", -1.2), ("rip off", -1.2), ("rip-off", -1.2), ("scam", -1.2), ("mediocre", -0.9), ("underwhelming", -0.9),
        ("underwhelmed", -0.9), ("letdown", -0.9), ("let down", -0.8), ("a step backwards", -0.8), ("a step back", -0.7),
        ("dumb", -0.7), ("stupid", -0.9), ("lame", -0.8), ("frickin", -0.5), ("freaking", -0.5), ("damn", -0.6),

        // Neutral on purpose: idioms that contain a scored word.
        ("no rush", 0.0), ("not urgent", 0.0), ("go over it", 0.0), ("going over it", 0.0), ("went over it", 0.0),
        ("look over it", 0.0), ("pain point", -0.2), ("pain points", -0.2), ("no issue", 0.2), ("no issues", 0.2),
        ("not an issue", 0.2), ("bad internet", -0.2), ("hard copy", 0.0), ("hard copies", 0.0),
        ("bad signal", -0.2), ("bad line", -0.2), ("bad connection", -0.2), ("bad reception", -0.2), ("bad timing", -0.3),

        // Let-downs said plainly: a product judged below par.
        ("fiddly", -0.5), ("pretty basic", -0.6), ("pretty average", -0.6), ("a real gap", -0.6), ("a big gap", -0.6),
    ];
}
