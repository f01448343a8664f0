namespace VoiceAnalytics.Core.Analysis.Sentiment;

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

    private static IEnumerable<string> Forms(string stem, params string[] endings) => endings.Select(e => stem + e);

    private static readonly (string, double)[] Words =
    [
        ("amazing", 1.3), ("awesome", 1.2), ("fantastic", 1.3), ("incredible", 1.2), ("excellent", 1.2), ("outstanding", 1.2),
        ("wonderful", 1.2), ("brilliant", 1.2), ("fabulous", 1.2), ("phenomenal", 1.3), ("superb", 1.2), ("stellar", 1.1),
        ("thrilled", 1.3), ("delighted", 1.2), ("excited", 1.0), ("exciting", 1.0), ("can't wait", 1.1), ("cannot wait", 1.1),
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
    ];
}
