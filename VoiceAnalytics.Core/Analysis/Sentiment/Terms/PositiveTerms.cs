namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>Positive words and phrases of spoken business English with their valence (0-2). Written for this project.</summary>
internal static class PositiveTerms
{
    public static IEnumerable<(string Phrase, double Valence)> All()
    {
        foreach (var word in Forms("love", "", "d", "s").Append("loving").Append("lovely"))
        {
            yield return (word, 1.1);
        }

        foreach (var (phrase, valence) in Words)
        {
            yield return (phrase, valence);
        }
    }

    /// <summary>
    /// Regional and slang approvals ("grand", "deadly", "class", "sick", "beauty"): ordinary words elsewhere, so they count
    /// only when they open the sentence as the reaction to an answer (<see cref="SentimentTerm.OpensReply"/>).
    /// </summary>
    public static IEnumerable<(string Phrase, double Valence)> SlangApprovals() =>
    [
        ("grand", 0.6), ("deadly", 0.7), ("class", 0.7), ("sick", 0.6), ("beauty", 0.7), ("brill", 0.7), ("ace", 0.6),
        ("magic", 0.6), ("cracking", 0.7), ("legend", 0.7), ("wicked", 0.6), ("mint", 0.6), ("rad", 0.6), ("dope", 0.6),
        ("choice", 0.6), ("ripper", 0.7), ("smashing", 0.7), ("champion", 0.6),
    ];

    private static IEnumerable<string> Forms(string stem, params string[] endings) => endings.Select(e => stem + e);

    private static readonly (string, double)[] Words =
    [
        ("amazing", 1.3), ("awesome", 1.2), ("fantastic", 1.3), ("incredible", 1.2), ("excellent", 1.2), ("outstanding", 1.2),
        ("wonderful", 1.2), ("brilliant", 1.2), ("fabulous", 1.2), ("phenomenal", 1.3), ("superb", 1.2), ("terrific", 1.1), ("stellar", 1.1),
        ("thrilled", 1.3), ("delighted", 1.2), ("excited", 1.0), ("exciting", 1.0), ("enthusiastic", 1.0), ("can't wait", 1.1), ("cannot wait", 1.1),
        ("game changer", 1.2), ("exactly what", 0.9), ("perfect", 1.0), ("perfectly", 0.8), ("great", 1.0), ("glad", 0.8),
        ("happy", 0.8), ("pleased", 0.8), ("impressed", 1.0), ("impressive", 1.0), ("helpful", 0.8), ("useful", 0.7),
        ("valuable", 0.7), ("handy", 0.6), ("nice", 0.6), ("nicely", 0.7), ("cool", 0.5), ("neat", 0.5), ("sweet", 0.4),
        ("good", 0.6), ("better", 0.6), ("best", 0.8), ("easy", 0.6), ("easier", 0.6), ("simple", 0.4), ("straightforward", 0.5),
        ("smooth", 0.6), ("intuitive", 0.7), ("fun", 0.8), ("enjoy", 0.8), ("enjoyed", 0.8), ("enjoying", 0.8),
        ("beautiful", 0.8), ("solid", 0.4), ("promising", 0.6), ("interested", 0.3), ("appreciate", 0.8), ("appreciated", 0.8),
        ("relieved", 0.7), ("ideal", 0.7), ("worth it", 0.6), ("wow", 0.7), ("yay", 1.0), ("cheers", 0.3),

        // A lukewarm answer to "how's it going": evidence of a neutral mood, so it counts with a token weight.
        ("fine", 0.1), ("alright", 0.05), ("all right", 0.05), ("it's okay", 0.05), ("going okay", 0.05),
        ("it's ok", 0.05), ("not too bad", 0.3),

        // "Nah, I'm good" declines an offer more often than it praises anything.
        ("i'm good", 0.1), ("we're good", 0.1), ("i'm good for now", 0.0), ("we're good for now", 0.0),
        ("big fan", 0.9), ("huge fan", 1.0),

        // Conversational replies: thanks and agreement.
        ("thanks", 0.25), ("thank you", 0.25), ("thanks so much", 0.8), ("thank you so much", 0.8), ("thanks a lot", 0.7),
        ("thanks a ton", 0.8), ("thank you very much", 0.7), ("many thanks", 0.7), ("much appreciated", 0.8),
        ("that's great", 1.0), ("sounds good", 0.5), ("sounds great", 1.0), ("good to hear", 0.8), ("great to hear", 1.0),
        ("that helps", 0.5), ("that's helpful", 0.8), ("works well", 0.8), ("works great", 1.0), ("no problem", 0.3),
        ("not a problem", 0.3), ("no worries", 0.3), ("not bad", 0.4), ("can't complain", 0.5), ("no doubt", 0.3),
        ("no complaints", 0.5), ("couldn't be happier", 1.3), ("couldn't be better", 1.2), ("can't go wrong", 0.8),

        // Neutral on purpose: greetings and idioms whose words would otherwise score.
        ("good morning", 0.0), ("good afternoon", 0.0), ("good evening", 0.0), ("good luck", 0.1), ("good question", 0.2),
        ("good to know", 0.3), ("as well", 0.0), ("i'd like", 0.0), ("would like", 0.0), ("feel free", 0.0),
        ("fine print", 0.0), ("best practice", 0.0), ("best practices", 0.0), ("thank you for calling", 0.2),
        ("happy holidays", 0.0), ("happy new year", 0.0), ("happy thanksgiving", 0.0), ("happy friday", 0.0),
        ("happy monday", 0.0), ("happy hour", 0.0), ("happy to", 0.2), ("good night", 0.0), ("good weekend", 0.1),
        ("good day", 0.1),

        // A verdict said in one breath with thanks is the polite close, not praise ("great thanks", "cool, thank you").
        ("great thanks", 0.35), ("great thank you", 0.35), ("cool thanks", 0.3), ("cool thank you", 0.3),
        ("perfect thanks", 0.35), ("perfect thank you", 0.35), ("good thanks", 0.3), ("okay thanks", 0.25),
        ("ok thanks", 0.25), ("okay thank you", 0.25), ("ok thank you", 0.25), ("alright thanks", 0.25),

        // Commitment and eagerness: wanting the next step is a positive mood even without a praise word.
        ("sign me up", 1.0), ("count me in", 0.9), ("i'm in $", 0.8), ("let's do it", 0.5), ("let's do this", 0.6),
        ("let's do that", 0.3), ("let's go", 0.5), ("yes please", 0.4), ("how do i upgrade", 0.6), ("how do i sign up", 0.6),
        ("how do i buy", 0.6), ("doing it right now", 0.6), ("do it today", 0.4), ("do it tonight", 0.4),
        ("what i wanted to hear", 0.9), ("what i need", 0.5), ("what we need", 0.5), ("could work", 0.4),
        ("would help", 0.5), ("help a lot", 0.7), ("helps a lot", 0.7), ("helped a lot", 0.7), ("save me", 0.5),
        ("save us", 0.5), ("saves me", 0.5), ("saves us", 0.5),

        // Relief, being won over, and a call that beat expectations.
        ("relief", 0.7), ("a relief", 0.8), ("warming up", 0.7), ("won me over", 1.1), ("sold me", 1.0),
        ("pleasantly surprised", 1.0), ("you were alright", 0.6), ("you've been great", 1.0), ("you've been very helpful", 1.1),
        ("very patient", 0.6), ("love that", 1.1), ("love it", 1.2), ("obsessed", 1.0), ("gorgeous", 1.0), ("slick", 0.8),
        ("works for me", 0.5), ("makes my life easier", 1.0), ("lifesaver", 1.2), ("life saver", 1.2),
        ("thank god", 0.7), ("thank goodness", 0.7), ("thank the lord", 0.7), ("thank heavens", 0.7), ("isn't that something", 0.6),

        // Gratitude and approval said in other words than the ones above.
        ("thanks a million", 0.8), ("thanks a bunch", 0.7), ("no bother", 0.3), ("big help", 0.9), ("a great help", 1.0),
        ("help me a lot", 0.7), ("helped me a lot", 0.7), ("nice one", 0.7), ("spot on", 0.7), ("bang on", 0.7),
        ("good stuff", 0.6), ("stoked", 1.0), ("chuffed", 1.0), ("fab", 0.9),

        // Polite formulas of the goodbye: warm, but about the chat, not the product.
        ("good talking to you", 0.2), ("nice talking to you", 0.2), ("good to talk", 0.2), ("nice to meet you", 0.2),
        ("nice meeting you", 0.2), ("nice chatting", 0.2), ("good chatting", 0.2), ("great talking to you", 0.3),

        // Ease without the word "easy": the effort the user expected is gone.
        ("nicer", 0.7), ("painless", 0.8), ("seamless", 0.8), ("effortless", 0.8), ("hassle free", 0.8), ("hassle-free", 0.8),
        ("convenient", 0.6), ("going ok", 0.05),

        // Neutral on purpose: a product name and a quantity that contain a praise word.
        ("better proposals", 0.0), ("good bit", 0.0), ("a good while", 0.0), ("good few", 0.0),
    ];
}
