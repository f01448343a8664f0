using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>
/// The scorer's vocabulary: sentiment terms (see <see cref="PositiveTerms"/> and <see cref="NegativeTerms"/>) and the
/// words that change a term's weight: negators, intensifiers, downtoners, contrast, and the contexts that soften a
/// complaint (a past tool, a hypothetical). Immutable and built once.
/// </summary>
public static class SentimentLexicon
{
    /// <summary>
    /// Products the user may have instead of ours (declared first: <see cref="ContextCues"/> reads them). A complaint in
    /// a sentence that names one is about that product, read like a complaint about a past tool, not about this call.
    /// </summary>
    private static readonly string[] OtherTools =
    [
        "docusign", "docu sign", "adobe sign", "adobe", "hellosign", "hello sign", "dropbox sign", "proposify", "qwilr",
        "signnow", "sign now", "conga", "ironclad", "jotform", "zoho", "honeybook", "better proposals",
    ];

    /// <summary>Comparatives that (declared before <see cref="Terms"/>, which reads them), wished for, mean the thing is not good enough yet.</summary>
    public static readonly WordSet Comparatives = WordSet.Of("better", "easier", "nicer", "simpler", "smoother", "faster");

    public static readonly PhraseMatcher<SentimentTerm> Terms = new(
        PositiveTerms.All().Select(t => CuePhrase<SentimentTerm>.Parse(t.Phrase, new SentimentTerm(t.Valence, Comparative: Comparatives.Contains(t.Phrase))))
            .Concat(PositiveTerms.SlangApprovals().Select(t => CuePhrase<SentimentTerm>.Parse(t.Phrase, new SentimentTerm(t.Valence, OpensReply: true))))
            .Concat(NegativeTerms.All().Select(t => CuePhrase<SentimentTerm>.Parse(t.Phrase, new SentimentTerm(t.Valence, Feeling: t.Feeling))))
            .Concat(NegativeTerms.ContactRefusals().Select(t => CuePhrase<SentimentTerm>.Parse(t.Phrase, new SentimentTerm(t.Valence, Feeling: true, RefusesContact: true))))
            .Concat(Contextual())
            .Concat(new[] { "than i expected", "than expected", "than i thought", "than i hoped", "than i imagined", "than i anticipated" }
                .Select(p => CuePhrase<SentimentTerm>.Parse(p, new SentimentTerm(0, Exceeds: true)))));

    public static readonly WordSet Negators = WordSet.Of(
        "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "hardly", "barely", "without", "cannot", "ain't");

    /// <summary>"really great", "super helpful", "way too slow".</summary>
    public static readonly WordSet Intensifiers = WordSet.Of(
        "really", "very", "so", "super", "extremely", "incredibly", "totally", "absolutely", "truly", "especially", "highly",
        "seriously", "completely", "utterly", "insanely", "hugely", "deeply", "quite", "such", "way", "most", "honestly", "more");

    /// <summary>"slightly", "kinda"; the two-word ones ("kind of", "a bit") are read by their head word.</summary>
    public static readonly WordSet Downtoners = WordSet.Of(
        "somewhat", "slightly", "fairly", "kinda", "sorta", "mildly", "partly", "moderately", "reasonably");

    /// <summary>Heads of two-word downtoners: "kind of", "sort of" (followed by "of"), "a bit", "a little", "a tad".</summary>
    public static readonly WordSet DowntonerHeads = WordSet.Of("kind", "sort", "bit", "little", "tad");

    /// <summary>
    /// Words that set the context of a whole sentence (see <see cref="ContextCue"/>): "but" moves the weight to the clause
    /// after it; a complaint about a tool the user had before, or about how they work today ("right now it's all paper,
    /// it's a mess"), is the reason for the call, not a feeling about it; a conditional or a wish ("if it doesn't sync,
    /// it's a non-starter"; "we'd need it to be better") states a risk or a requirement; a complaint about the
    /// connection ("sorry, the line is really bad", "the internet at our sites is terrible") is about where the user is,
    /// not about the product or the call's content. One lookup per word reads them all.
    /// </summary>
    public static readonly PhraseMatcher<ContextCue> ContextCues = new(
        Cues(ContextCue.Contrast, "but", "however")
            .Concat(Cues(
                ContextCue.Past,
                "tried", "used", "was", "were", "had", "dropped", "ago", "previously", "last year", "old", "former", "switched",
                "quit", "stopped", "cancelled", "canceled", "hated"))
            .Concat(Cues(ContextCue.Past, OtherTools))
            .Concat(Cues(
                ContextCue.StatusQuo,
                "currently", "right now", "at the moment", "these days", "today we", "we use", "we're using", "we are using",
                "we're on", "our current"))
            .Concat(Cues(
                ContextCue.Circumstance,
                "the line", "this line", "phone line", "signal", "reception", "wifi", "cell service", "internet",
                "breaking up", "cutting out", "my connection", "your connection"))
            .Concat(Cues(
                ContextCue.Hypothetical,
                "if", "unless", "whether", "would", "we'd", "i'd", "it'd", "they'd", "need", "needs", "want", "wants", "hope")));

    private static IEnumerable<CuePhrase<ContextCue>> Cues(ContextCue cue, params string[] phrases) =>
        phrases.Select(p => CuePhrase<ContextCue>.Parse(p, cue));

    private static IEnumerable<CuePhrase<SentimentTerm>> Contextual()
    {
        var wellLeads = WordSet.Of(
            "going", "goes", "went", "gone", "working", "works", "worked", "really", "pretty", "very", "so", "quite", "super",
            "extremely", "incredibly", "gone", "fairly");
        yield return new CuePhrase<SentimentTerm>(["well"], false, new SentimentTerm(0.7, wellLeads));
        var likeLeads = WordSet.Of("i", "we", "really", "definitely", "actually", "they", "honestly", "genuinely");
        yield return new CuePhrase<SentimentTerm>(["like"], false, new SentimentTerm(0.6, likeLeads));
        var soldLeads = WordSet.Of("i'm", "am", "totally", "fully", "completely", "quite", "really", "much", "not", "are", "we're");
        yield return new CuePhrase<SentimentTerm>(["sold"], false, new SentimentTerm(0.9, soldLeads));
    }
}
