using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Quality.Questions;

/// <summary>The word classes <see cref="QuestionDetector"/> reads a question's form from.</summary>
internal static class QuestionForms
{
    /// <summary>Discourse words skipped at the start of a clause ("so, okay, and does it ...").</summary>
    public static readonly WordSet Openers = WordSet.Of(
        "so", "and", "but", "or", "also", "plus", "then", "okay", "ok", "oh", "ah", "um", "uh", "umm", "uhh", "hmm",
        "well", "yeah", "yes", "yep", "yup", "no", "nope", "nah", "right", "alright", "hey", "hi", "hello", "sorry", "actually",
        "honestly", "like", "wait", "cool", "great", "nice", "perfect", "quick", "question", "first", "second", "another",
        "last", "lastly", "finally", "anyway", "anyways", "just", "thanks", "mm", "mhm", "sure", "look", "listen", "basically");

    /// <summary>Conjunctions that may start a second question inside one sentence ("... and can I ...").</summary>
    public static readonly WordSet Joiners = WordSet.Of("and", "but", "or", "also", "plus", "then");

    /// <summary>Discourse words that, where the transcriber gives no punctuation, usually begin a new clause.</summary>
    public static readonly WordSet SpokenBoundaries = WordSet.Of(
        "so", "okay", "ok", "um", "uh", "umm", "uhh", "hmm", "well", "yeah", "yes", "yep", "no", "alright", "oh", "ah",
        "anyway", "anyways", "actually", "sorry", "cool", "great", "perfect", "thanks", "sure", "mhm", "hey");

    /// <summary>Pronouns that, right after an auxiliary in the middle of a run, mark an inverted question.</summary>
    public static readonly WordSet InvertedSubjects = WordSet.Of("i", "you", "we", "they", "it", "there", "yours", "y'all", "u", "ya");

    /// <summary>Words after which "is it" or "can we" continue a statement: complementizers and nouns of "the X is".</summary>
    public static readonly WordSet ClauseHeads = WordSet.Of(
        "if", "whether", "because", "cause", "cuz", "than", "as", "that", "which", "so", "though", "although", "unless",
        "until", "once", "since", "while", "before", "after", "where", "when", "thing", "problem", "issue", "question",
        "point", "reason", "truth", "fact", "idea", "plan", "catch", "worry", "concern", "goal", "hope", "part", "trick",
        "deal", "answer", "way", "know", "think", "guess", "sure", "see", "mean", "say", "said", "wish", "bet",
        "not", "only", "what", "how", "why", "who");

    /// <summary>Verbs and words after which a wh-clause is reported, not asked ("no idea how do they ...").</summary>
    public static readonly WordSet KnowingVerbs = WordSet.Of(
        "know", "knew", "idea", "wonder", "wondering", "ask", "asked", "asking", "tell", "told", "explain", "show", "understand",
        "matter", "matters", "decide", "figure", "out", "remember", "forget", "check", "depends", "about", "on", "of", "is",
        "was", "clue", "learn", "see", "saw", "care", "regardless", "exactly");

    public static readonly WordSet WhWords = WordSet.Of("what", "how", "why", "where", "when", "which", "who", "whom", "whose");

    /// <summary>Wh-words fused with an auxiliary: already a question when they open a clause.</summary>
    public static readonly WordSet WhContractions = WordSet.Of(
        "what's", "how's", "where's", "who's", "when's", "why's", "what're", "how're", "where're", "who're", "what'd",
        "how'd", "where'd", "who'd", "why'd", "what'll", "how'll", "who'll", "where'll",
        // Transcribers that drop apostrophes write them as one word ("whats the next step").
        "whats", "hows", "wheres", "whos");

    /// <summary>Wh-words that never open a relative clause, so "what/how/why" + auxiliary + noun still asks ("what does enterprise cost").</summary>
    public static readonly WordSet QuestionOnlyWhWords = WordSet.Of("what", "how", "why");

    /// <summary>Demonstratives that act as the subject after a modal or a wh-word's auxiliary ("can that be raised", "how much is this").</summary>
    public static readonly WordSet Demonstratives = WordSet.Of("this", "that");

    /// <summary>Auxiliaries that take an object rather than invert before "it" ("we did it", "have you" in "nice to have you").</summary>
    public static readonly WordSet DoAuxiliaries = WordSet.Of("do", "does", "did");

    public static readonly WordSet HaveAuxiliaries = WordSet.Of("have", "has", "had", "haven't", "hasn't", "hadn't");

    /// <summary>
    /// Words before a turn-final "is it" / "can you" that make it a statement's echo or clause: "so do we", "neither can
    /// I", "that is it", "this is it".
    /// </summary>
    public static readonly WordSet EchoHeads = WordSet.Of(
        "so", "neither", "nor", "as", "than", "this", "that", "these", "those", "here", "there", "if", "whether",
        "whatever", "however", "what", "how", "why", "who", "where", "when", "which", "too");

    /// <summary>Words between a wh-word and its auxiliary ("how many documents can ...", "how come").</summary>
    public static readonly WordSet WhModifiers = WordSet.Of(
        "much", "many", "long", "often", "soon", "far", "big", "fast", "quickly", "easy", "easily", "hard", "exactly",
        "else", "kind", "sort", "type", "types", "one", "ones");

    /// <summary>Words that make a wh-word a whole question with no verb: "what about", "how come", "why not", "what if".</summary>
    public static readonly WordSet Elliptical = WordSet.Of("about", "come", "not", "if");

    /// <summary>Prepositions that end an elliptical price or amount question: "how much for ten seats", "how many per plan".</summary>
    public static readonly WordSet AmountEllipsis = WordSet.Of("for", "per");

    /// <summary>Verbs a wh-word asks about as their subject: "what happens if", "who handles support", "who decides".</summary>
    public static readonly WordSet SubjectQuestionVerbs = WordSet.Of(
        "happens", "happened", "handles", "decides", "signs", "owns", "manages", "pays", "approves", "stops", "keeps",
        "sends", "stores", "holds", "hosts", "covers", "includes", "supports", "controls", "sees", "gets");

    /// <summary>Pronouns of a tag question after a negative auxiliary: "it syncs, doesn't it".</summary>
    public static readonly WordSet TagPronouns = WordSet.Of("it", "you", "they", "we", "there", "that", "i", "he", "she");

    /// <summary>Auxiliaries that open a question whatever noun follows ("is PandaDoc ...", "does the API ...").</summary>
    public static readonly WordSet StrongAuxiliaries = WordSet.Of(
        "is", "are", "was", "were", "does", "did", "isn't", "aren't", "wasn't", "weren't", "doesn't", "didn't");

    /// <summary>
    /// Words before a sentence-final "right" that make it a judgment, not a tag: "about right", "that's right", "get it
    /// right", "isn't right".
    /// </summary>
    public static readonly WordSet JudgedRight = WordSet.Of(
        "about", "just", "exactly", "quite", "not", "all", "that's", "thats", "that", "it", "is", "isn't", "isnt", "was",
        "wasn't", "are", "be", "you're", "youre", "you", "sounds", "seems", "looks", "feels", "done", "alright", "ok",
        "okay", "yeah", "yes", "oh", "uh", "um", "totally", "absolutely", "dead", "spot", "the", "on", "to", "turn", "me",
        "him", "them", "so", "very", "doing", "do", "get", "got", "right");

    /// <summary>Verbs whose object "right" describes: "get the numbers right", "set it up right".</summary>
    public static readonly WordSet DoneRightVerbs = WordSet.Of(
        "get", "gets", "got", "getting", "do", "does", "did", "doing", "done", "make", "set", "put", "treat", "play");

    /// <summary>The forms of "be" that join a subject to its complement ("is a mess", "was expensive").</summary>
    public static readonly WordSet Copulas = WordSet.Of("is", "are", "was", "were");

    /// <summary>Auxiliaries that open a question only before a subject pronoun or determiner ("can we", not "can do").</summary>
    public static readonly WordSet ModalAuxiliaries = WordSet.Of(
        "am", "do", "don't", "can", "could", "will", "would", "should", "shall", "may", "might", "can't", "couldn't", "won't",
        "wouldn't", "shouldn't", "have", "has", "had", "haven't", "hasn't", "hadn't");

    public static bool IsAuxiliary(string text, SpokenWord word) =>
        StrongAuxiliaries.Contains(text, word) || ModalAuxiliaries.Contains(text, word);

    public static readonly WordSet Subjects = WordSet.Of(
        "i", "you", "we", "they", "he", "she", "it", "there", "this", "that", "these", "those", "anyone", "anybody", "someone",
        "somebody", "anything", "something", "everything", "everyone", "y'all", "ya", "u", "pandadoc");

    /// <summary>A subject fused with its verb: after a wh-word it marks a subordinate clause ("when it's done").</summary>
    public static readonly WordSet SubjectContractions = WordSet.Of(
        "it's", "we're", "i'm", "they're", "you're", "that's", "there's", "we've", "i've", "we'll", "i'll", "we'd", "i'd",
        "you'll", "you'd", "they'll", "they'd", "he's", "she's", "you've", "they've");

    public static readonly WordSet Determiners = WordSet.Of(
        "the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "any", "some", "all", "each", "every", "both");

    /// <summary>Words after "is/are" that show a statement fragment rather than a subject ("is fine", "is not").</summary>
    public static readonly WordSet NotSubjects = WordSet.Of(
        "not", "just", "also", "so", "very", "really", "too", "still", "fine", "good", "great", "okay", "ok", "what", "how",
        "why", "because", "like", "kind", "gonna", "going", "probably", "definitely", "actually", "more", "less");

    /// <summary>Verbs that follow a subject-less modal in a statement ("could be better", "will do", "can't wait").</summary>
    public static readonly WordSet BaseVerbs = WordSet.Of(
        "be", "do", "have", "go", "get", "make", "see", "help", "try", "work", "love", "like", "need", "want", "use", "take",
        "send", "say", "tell", "look", "think", "wait", "start", "check", "call", "email", "give", "keep", "let", "put", "set",
        "show", "sign", "talk", "book", "happen", "mean", "come", "find", "pay", "live", "imagine", "guess", "bet", "agree",
        "recommend", "suggest", "move", "switch", "buy", "afford", "manage", "handle", "ask", "hear", "understand", "add",
        "definitely", "probably", "maybe", "never", "always", "also", "only", "still", "easily", "really", "just", "totally");

    /// <summary>
    /// Objects "do" or "have" take in an imperative ("do that today", "have someone call me") rather than subjects.
    /// </summary>
    public static readonly WordSet ImperativeObjects = WordSet.Of(
        "it", "this", "that", "the", "a", "an", "some", "all", "someone", "somebody", "them", "him", "her", "one");

    /// <summary>
    /// Greetings shaped as questions, which ask nothing about the product: "how's it going", "how are you" (closing its
    /// clause, not "how are you different from ...").
    /// </summary>
    public static readonly PhraseMatcher<bool> Pleasantries = PhraseMatcher<bool>.From(
        new[]
        {
            "how's it going", "how is it going", "how's your day", "how is your day", "how have you been", "how's everything",
            "how are you $", "how are you doing $", "how are you today $", "how are ya $", "how you doing $", "how're you $",
            "how about yourself $", "how about you $", "what's up $",
        }.Select(p => (p, true)));

    /// <summary>Statements that wrap a question ("I was wondering if ...", "can you tell me ...").</summary>
    public static readonly PhraseMatcher<bool> Indirect = PhraseMatcher<bool>.From(
        new[]
        {
            "i was wondering", "i'm wondering", "i am wondering", "was wondering", "i wonder", "wondering if", "wondering whether",
            "tell me how", "tell me what", "tell me whether", "tell me if", "tell me about", "tell me which", "any idea",
            "any ideas", "any chance", "i'd like to know", "i would like to know", "i want to know", "i wanna know",
            "i need to know if", "i need to know whether", "i need to know how", "i need to know what", "i'm curious",
            "i am curious", "just curious", "curious if", "curious whether", "curious how", "curious what", "curious about",
            "my question is", "the question is", "my question would be", "the question would be", "so my question",
            "i guess my question", "i guess the question", "what i need to know", "what i want to know", "what i'd like to know",
            "what i wanna know", "i'd love to know", "i would love to know", "love to know", "mind if i ask", "can i ask",
            "could i ask", "may i ask", "i'd like to understand", "help me understand",
        }.Select(p => (p, true)));
}
