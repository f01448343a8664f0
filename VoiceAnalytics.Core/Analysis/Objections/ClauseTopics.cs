using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Part two of the clause reader: which categories a concern clause is about. Concept vocabularies, one per
/// category; a clause may name several ("so I pay for PandaDoc and then for Zapier to connect it" is price and
/// integration).
/// </summary>
internal static partial class ClauseTopics
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>For patterns with lookarounds, which the non-backtracking engine cannot run.</summary>
    private const RegexOptions BacktrackingOptions = Options & ~RegexOptions.NonBacktracking;

    /// <summary>Money: price words, paying, cheaper, per-unit charges.</summary>
    [GeneratedRegex(
        @"\b(?:price[sd]?|pricing|cost(?:s|ing)?|pay(?:ing)?|paid|charged?|cheaper|expensive|pricey|dollars?|bucks|grand|budget|money|afford\w*|fees?|spend(?:ing)?|per\s+(?:seat|user|document|doc|envelope|month)"
        // what is bought and bargained for: seats, licences, a subscription, a discount
        + @"|seats?|licen[cs]es|subscriptions?|discount\w*|overpriced)\b",
        Options)]
    private static partial Regex MoneyPattern();

    private static GuardedRegex? MoneyGuarded;

    public static GuardedRegex Money() => MoneyGuarded ??= new(MoneyPattern());

    /// <summary>Security, compliance, legal validity and where the data lives.</summary>
    [GeneratedRegex(
        @"\b(?:security|secure|compliance|compliant|hipaa|soc\s*(?:2|ii|two)|gdpr|ccpa|ferpa|pci|baa|b\s+a\s+a|encrypt\w*|privacy|enforceab\w+|legally|legal\s+(?:validity|enough|signatures?|standing|requirements?)|(?:is|be|it['’]?s|isn['’]?t|even|actually|fully)\s+legal|audit(?:s|ed|ors?)?(?!\s+(?:trail|log|history))|binding|hold\s+up|court|admissible|sso|single\s+sign[- ]?on|saml|okta|iso\s*27001|fedramp|baa|valid(?:ity)?|data\s+(?:residency|location|center|centre)|servers?|(?:in|inside|within)\s+the\s+(?:eu|us|country|uk)|patient\s+data|regulat\w+|retention|tamper\w*|leak(?:s|ed)?|breach(?:es)?|hack(?:ed|s)?"
        // data protection and where data is kept; formalities a signature must meet (eIDAS, wet ink, witnesses, a notary)
        + @"|data\s+protection|data\s+processing|dpa|confidential\w*|sensitive|infosec|pen(?:etration)?\s+test\w*|certif(?:ied|ication|icate)s?|hosted|hosting|stored"
        + @"|where\s+(?:\w+\s+)?data|eidas|wet\s+ink|witness\w*|notar\w+|liabilit\w+"
        // data entrusted to the vendor ("trust a new tool with our clients' files")
        + @"|trust\s+(?:\w+\s+){1,4}with\s+(?:our|my|their|client|customer|patient))\b",
        BacktrackingOptions)]
    private static partial Regex TrustPattern();

    private static readonly GuardedRegex TrustGuarded = new(TrustPattern());

    public static GuardedRegex Trust() => TrustGuarded;

    /// <summary>Connecting with another system: sync, push into, re-entering data; not a network connection.</summary>
    [GeneratedRegex(
        @"\b(?:integrat\w*|sync\w*|" + ObjectionTopics.NotNetwork + @"connect\w*" + ObjectionTopics.NotToNetwork + @"|plug\w*\s+in\w*|push\w*\s+(?:in)?to|talk\s+to|works?\s+with|api|zapier|zap|ats|crm|erp|los|double[- ]?enter\w*|double\s+entry|re-?enter\w*|re-?typ\w*|re-?key\w*|by\s+hand|manually|twice|copy\s+(?:and\s+)?past\w*|copy\w*\s+(?:\w+\s+)?(?:over|across|twice)|hook\w*\s+(?:up|into)|link\w*\s+(?:up|to|with)|import\w*|export\w*|feed\w*|pull\w*\s+(?:from|in))\b",
        BacktrackingOptions)]
    private static partial Regex ConnectPattern();

    private static readonly GuardedRegex ConnectGuarded = new(ConnectPattern());

    public static GuardedRegex Connect() => ConnectGuarded;

    /// <summary>
    /// Taking the tool up: moving over from the old one, rebuilding what exists, people learning it or not using it.
    /// A concern about these is LABELS' "other" (adoption), not a missing feature.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:switching|switch(?:ing)?\s+(?:over|systems|tools|platforms|vendors)|migrat\w+|rebuild\w*|re-build\w*|retrain\w*|re-?learn\w*|learning\s+(?:a\s+new|another|it|the\s+new)|adopt(?:ion|ing)?|roll(?:ing)?\s*out\s+(?:a\s+new|another)"
        + @"|(?:didn['’]?t|don['’]?t|won['’]?t|wouldn['’]?t|never|not\s+going\s+to|not\s+gonna)\s+(?:\w+\s+)?use\s+(?:it|them|the\s+\w+|a\s+new\s+\w+))\b",
        Options)]
    private static partial Regex AdoptionPattern();

    private static GuardedRegex? AdoptionGuarded;

    public static GuardedRegex Adoption() => AdoptionGuarded ??= new(AdoptionPattern());

    /// <summary>Time: the season, being busy, not now, later.</summary>
    [GeneratedRegex(
        @"\b(?:timing|bandwidth|(?:busy|peak|tax|holiday|storm)\s+season|slammed|swamped|not\s+(?:right\s+)?now|next\s+(?:year|quarter)|(?:until|till|til)\s+(?:after|next|the\s+new)"
        // a wait named as such: a bad moment, not ready yet, after the season
        + @"|(?:bad|wrong|terrible)\s+time|not\s+ready|hold\s+off|too\s+(?:early|soon)|after\s+(?:the\s+)?(?:holidays?|summer|new\s+year|busy\s+season|season))\b",
        Options)]
    private static partial Regex TimePattern();

    private static GuardedRegex? TimeGuarded;

    public static GuardedRegex Time() => TimeGuarded ??= new(TimePattern());
}
