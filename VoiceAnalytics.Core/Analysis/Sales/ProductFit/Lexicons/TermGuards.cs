using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;

/// <summary>The checks behind <see cref="TermGuard"/>, on the words around a candidate term.</summary>
internal static class TermGuards
{
    private static readonly string[] ToolVerbs = [
        "use", "uses", "using", "used", "tried", "on", "from", "with", "called", "through", "via", "in", "into",
        // "now it's word and email" (read without its "'s"): a copula before a lower-case tool name says what the tool is.
        "it", "its",
    ];
    // Trying or buying a product names it: "we trialed sign now", "evaluated ironclad", "wanted us to buy ironclad".
    private static readonly string[] EvaluationVerbs = [
        "trialed", "trialled", "trialing", "tested", "testing", "evaluated", "evaluating", "demoed", "buy", "bought",
    ];
    private static readonly string[] LookVerbs = ["looked", "look", "looking", "poked"];
    private static readonly string[] At = ["at"];
    private static readonly string[] SwitchParticles = ["to", "onto"];
    private static readonly string[] SwitchVerbs = ["switched", "moved", "migrated", "changed", "switching", "moving"];
    private static readonly string[] SlackIdiom = ["some", "any", "more", "less", "little"];
    private static readonly string[] Articles = ["the", "a", "an"];
    private static readonly string[] DynamicsIdiom = ["team", "group", "market", "family", "power", "sales", "the"];
    private static readonly string[] NotModifiers = [
        "our", "the", "your", "their", "my", "an", "a", "this", "that", "web", "mobile", "whole", "same", "software",
        "any", "every", "its", "his", "her", "new", "own",
    ];
    private static readonly string[] OtherAdobe = [
        "pdf", "pdfs", "reader", "photoshop", "illustrator", "creative", "indesign", "premiere", "acrobat",
        "express", "stock", "fonts", "analytics",
    ];
    private static readonly string[] PaperActions = [
        "email", "emailed", "emailing", "emails", "sign", "signed", "print", "printed", "prints", "scan", "scanned",
        "mail", "mailed", "fax", "faxed", "send", "sent", "download", "attach", "attached",
    ];
    private static readonly string[] Sending = ["send", "sending", "sent", "email"];
    private static readonly string[] Reviewers = ["security", "vendor", "compliance", "procurement", "soc"];
    private static readonly string[] NotPostal = ["e", "voice", "g"];
    private static readonly string[] Signing = [
        "sign", "signs", "signed", "signing", "signature", "signatures", "esign", "e",
    ];
    private static readonly string[] AppVerbs = [
        "use", "uses", "using", "in", "into", "with", "to", "from", "via", "through",
    ];
    private static readonly string[] DayWords = [
        "morning", "afternoon", "evening", "night", "at", "meeting", "call", "works", "is", "or",
    ];
    private static readonly string[] BilledParty = ["us", "me", "monthly", "annually", "yearly", "quarterly"];
    private static readonly string[] ProductHelp = ["with", "your"];
    private static readonly string[] ScreenDeterminers = ["the", "my", "your", "on", "in", "this"];
    private static readonly string[] FormIdiom = ["any", "some", "same", "what", "good", "bad", "top", "in"];
    private static readonly string[] OwnPeople = [
        "team", "staff", "users", "everyone", "everybody", "them", "us", "people", "reps", "agents", "employees",
        "folks",
    ];
    private static readonly string[] ListedArticle = ["the"];
    private static readonly string[] ApplicationRoles = ["engineer", "engineers", "developer", "developers", "support", "team"];
    private static readonly string[] Possessives = ["my", "our", "the", "their"];

    public static bool Pass(TermGuard guard, string text, IReadOnlyList<SpokenWord> words, int first, int last) => guard switch
    {
        TermGuard.None => true,
        TermGuard.ProperNoun => IsProperNoun(text, words, first, last),
        TermGuard.NotSlackIdiom => !Before(text, words, first, 1, SlackIdiom) && !IsPickUpTheSlack(text, words, first),
        TermGuard.NotAfterArticle => !Before(text, words, first, 1, Articles),
        TermGuard.NotDynamicsIdiom => !Before(text, words, first, 1, DynamicsIdiom),
        TermGuard.ModifiedNoun => IsModifiedNoun(text, words, first) && !After(text, words, last, ApplicationRoles),
        TermGuard.FiledApplications => IsFiledApplications(text, words, first, last),
        TermGuard.AdobeSigning => !After(text, words, last, OtherAdobe),
        TermGuard.PaperTrail => SentenceHas(text, words[first].Start, PaperActions),
        TermGuard.SendContext => SentenceHas(text, words[first].Start, Sending),
        TermGuard.NotSecurityReview => !Before(text, words, first, 2, Reviewers),
        TermGuard.PostalMail => !Before(text, words, first, 1, NotPostal),
        TermGuard.DocumentForm => !Before(text, words, first, 1, FormIdiom) && !After(text, words, last, ["of"]),
        TermGuard.NotToolOnboarding => !IsTeamOnboarding(text, words, first, last),
        TermGuard.NotVendorBilling => !After(text, words, last, BilledParty),
        TermGuard.NotProductScreen => !Before(text, words, first, 1, ScreenDeterminers),
        TermGuard.SignContext => SentenceHas(text, words[first].Start, Signing),
        TermGuard.MondayApp => Before(text, words, first, 1, AppVerbs) && !After(text, words, last, DayWords),
        _ => true,
    };

    private static bool IsProperNoun(string text, IReadOnlyList<SpokenWord> words, int first, int last)
    {
        if (After(text, words, last, ["of"]))
        {
            return false; // "word of mouth"
        }

        // Lower-case speech-to-text loses the capital; a tool name that opens the turn ("word mostly", "sign now. its
        // cheap") is the answer to what they use, not the common word.
        return char.IsUpper(text[words[first].Start]) || Before(text, words, first, 1, ToolVerbs) || first == 0
            || IsSwitchTarget(text, words, first) || IsEvaluated(text, words, first);
    }

    // "we looked at iron clad", "we trialed sign now last year": what is looked at, trialed or bought is a product,
    // which lower-case speech-to-text can only show by the verb before it.
    private static bool IsEvaluated(string text, IReadOnlyList<SpokenWord> words, int first) =>
        Before(text, words, first, 1, EvaluationVerbs)
        || (first >= 2 && Before(text, words, first, 1, At) && Before(text, words, first - 1, 1, LookVerbs));

    // "then switched to sign now last year": the target of a switch is a tool, where a bare "to sign now" is a verb.
    private static bool IsSwitchTarget(string text, IReadOnlyList<SpokenWord> words, int first) =>
        first >= 2 && Before(text, words, first, 1, SwitchParticles) && Before(text, words, first - 1, 1, SwitchVerbs);

    // "onboard the team", "onboarding my reps", "help with onboarding": onboarding onto the product, not a use case.
    private static bool IsTeamOnboarding(string text, IReadOnlyList<SpokenWord> words, int first, int last)
    {
        if (After(text, words, last, OwnPeople) || Before(text, words, first, 1, ProductHelp))
        {
            return true;
        }

        return After(text, words, last, Possessives) && After(text, words, last + 1, OwnPeople);
    }

    private static bool IsModifiedNoun(string text, IReadOnlyList<SpokenWord> words, int first) =>
        first > 0 && !Before(text, words, first, 1, NotModifiers) && SameClause(text, words[first - 1], words[first]);

    private static bool IsFiledApplications(string text, IReadOnlyList<SpokenWord> words, int first, int last)
    {
        if (After(text, words, last, ApplicationRoles))
        {
            return false;
        }

        if (IsModifiedNoun(text, words, first))
        {
            return true; // "credit applications", "permit applications"
        }

        var opensClause = first == 0 || !SameClause(text, words[first - 1], words[first]);
        return opensClause || Before(text, words, first, 1, ListedArticle);
    }

    private static bool IsPickUpTheSlack(string text, IReadOnlyList<SpokenWord> words, int first) =>
        first >= 2 && WordScan.EqualsWord(words[first - 1].WithoutPossessive(text), "the") && WordScan.EqualsWord(words[first - 2].WithoutPossessive(text), "up");

    private static bool Before(string text, IReadOnlyList<SpokenWord> words, int first, int count, ReadOnlySpan<string> set)
    {
        for (var k = first - 1; k >= 0 && k >= first - count; k--)
        {
            if (WordScan.IsAny(words[k].WithoutPossessive(text), set))
            {
                return true;
            }
        }

        return false;
    }

    private static bool After(string text, IReadOnlyList<SpokenWord> words, int last, ReadOnlySpan<string> set) =>
        last + 1 < words.Count && WordScan.IsAny(words[last + 1].WithoutPossessive(text), set);

    private static bool SameClause(string text, SpokenWord left, SpokenWord right)
    {
        for (var i = left.End; i < right.Start; i++)
        {
            if (WordScan.IsClauseBreak(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SentenceHas(string text, int index, ReadOnlySpan<string> set)
    {
        var (start, end) = SentenceBounds.Around(text, index);
        return CueText.HasWord(text.AsSpan(start, end - start), set);
    }
}
