using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Markers that make a nearby topic an objection ("problem", "non-starter", "have to approve") and the topic
/// vocabularies that give it its category (security and legal words, price words, integration words).
/// </summary>
internal static partial class ObjectionTopics
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The category of the first topic found in the range: trust, then pricing, then integration.</summary>
    public static string? CategoryIn(string text, int start, int end)
    {
        var length = end - start;
        if (length <= 0)
        {
            return null;
        }

        if (Trust().Match(text, start, length).Success)
        {
            return ObjectionCategories.Trust;
        }

        if (Pricing().Match(text, start, length).Success)
        {
            return ObjectionCategories.Pricing;
        }

        return Integration().Match(text, start, length).Success ? ObjectionCategories.Integration : null;
    }

    /// <summary>True when the range holds a topic of <paramref name="category"/> (trust, pricing or integration).</summary>
    public static bool Has(string category, string text, int start, int end)
    {
        var topic = category switch
        {
            ObjectionCategories.Trust => Trust(),
            ObjectionCategories.Pricing => Pricing(),
            ObjectionCategories.Integration => Integration(),
            _ => null,
        };
        return topic is not null && end > start && topic.Match(text, start, end - start).Success;
    }

    [GeneratedRegex(
        @"\b(?:problem|issue|concern(?:ed|s)?|worr(?:y|ied|ies|ying)|catch|bummer|sticking\s+point|hesita\w+|frustrat\w+|hard\s+sell|hurdle|blocker"
        + @"|deal[- ]?breaker|non-?starter|not\s+switching|won['’]?t\s+(?:switch|buy|sign)|got\s+burned|pointless|look\s+elsewhere)\b",
        Options)]
    public static partial Regex Concern();

    /// <summary>A requirement that gates the purchase ("can't move forward without", "required", "have to approve", "our board will want to know").</summary>
    [GeneratedRegex(
        @"\b(?:can['’]?t|cannot|won['’]?t|couldn['’]?t)\s+(?:\w+\s+){0,5}?without\b|\b(?:need|needs|have|has)\s+to\s+(?:be\s+(?:sure|certain|confident)|approve|sign\s+off|pass|review|vet|clear|think\s+about)\b"
        + @"|\bneed\s+to\s+(?:know|confirm)\s+(?:before|for\s+sure)\b|\b(?:require|requires|required|requirement|mandatory|must)\b|\bthe\s+big\s+one\b|\bgoing\s+to\s+matter\b|\bmatters?\s+(?:a\s+lot\s+)?to\s+(?:our|my|us|the)\b"
        + @"|\bbefore\s+(?:we|i)\s+(?:can\s+)?(?:put|commit|move|sign|go|buy|roll)\b|\bbefore\s+anything\s+(?:goes|is|gets)\b"
        + @"|\b(?:will|['’]ll|would|['’]d)\s+(?:definitely\s+|probably\s+|also\s+)?(?:want|need)\s+to\s+(?:know|see|confirm|make\s+sure|be\s+sure)\b",
        Options)]
    public static partial Regex Gate();

    [GeneratedRegex(
        @"\b(?:security|secure|compliance|compliant|hipaa|soc\s*(?:2|ii|two)|gdpr|ccpa|ferpa|fedramp|iso\s*27001|pci|baa|business\s+associate|encrypt\w*|data\s+residency|privacy"
        + @"|single\s+sign[- ]on|sso|saml|shibboleth|okta|irb|legally|enforceab\w+|legal(?:ly)?\s+(?:valid|binding|for)"
        + @"|(?:is|be|even|it['’]?s|are|isn['’]?t|not)\s+(?:\w+\s+)?legal\b(?!\s+(?:team|counsel|department|review|folks|people)))\b",
        Options)]
    public static partial Regex Trust();

    [GeneratedRegex(
        @"\b(?:price|prices|pricing|priced|cost|costs|costing|budget|money|expensive|afford\w*|fee|fees|per\s+seat)\b",
        Options)]
    public static partial Regex Pricing();

    [GeneratedRegex(
        @"\b(?:integrat\w*|sync\w*|connect(?:s|ed|ion|ions|or|ors)?|plug(?:s|ged)?\s+in(?:to)?|native(?:ly)?|zapier|crm|ats|tms|dms|erp|webhooks?"
        + @"|(?:does|do|will|would|can)\s+(?:it|pandadoc|you|this|that)\s+(?:work|play|talk)\s+with"
        + @"|salesforce|hubspot|pipedrive|zoho\s+crm|dynamics|quickbooks|xero|netsuite|slack|google\s+drive|onedrive|sharepoint|dropbox(?!\s+sign))\b",
        Options)]
    public static partial Regex Integration();

    /// <summary>Something connected that does not work ("it's been flaky", "quotes aren't syncing back").</summary>
    [GeneratedRegex(
        @"\b(?:flaky|broken|unreliable|buggy|out\s+of\s+sync|not\s+(?:syncing|working|updating|connecting)|keeps?\s+(?:failing|breaking|dropping|disconnecting)"
        + @"|(?:isn['’]?t|aren['’]?t|doesn['’]?t|don['’]?t|won['’]?t|wasn['’]?t|weren['’]?t)\s+(?:\w+\s+)?(?:sync|syncing|work|working|update|updating|connect|connecting))\b",
        Options)]
    public static partial Regex Malfunction();

    [GeneratedRegex(
        @"\b(?:non-?starter|deal[- ]?breaker|not\s+switching|won['’]?t\s+(?:switch|buy|move\s+forward)|(?:can['’]?t|cannot)\s+(?:move\s+forward|proceed|go\s+ahead|afford|switch|roll)"
        + @"|couldn['’]?t\s+(?:afford|switch|roll)|without\s+(?:that|it|this)|pointless|look\s+elsewhere|forget\s+it|required|mandatory|a\s+must|must\s+have|hard\s+sell|locked\s+in|no\s+way|can['’]?t\s+just\s+buy)\b",
        Options)]
    public static partial Regex Blocker();

    /// <summary>An agent question about the tool the user has today: the answer's complaints are about that tool.</summary>
    [GeneratedRegex(
        @"\b(?:using|use)\s+(?:\w+\s+){0,3}?(?:now|today|currently|right\s+now|at\s+the\s+moment)\b|\bcurrent(?:ly)?\s+(?:tool|solution|setup|process|using|vendor|provider)\b"
        + @"|\bwhat\s+(?:are|do)\s+you\s+(?:\w+\s+)?us(?:e|ing)\b|\bwhat['’]?s\s+not\s+working\b",
        Options)]
    public static partial Regex CurrentToolQuestion();

    /// <summary>Words that tie a complaint to PandaDoc rather than to the incumbent.</summary>
    [GeneratedRegex(@"\b(?:pandadoc|you|your|yours|plan|plans|seat|seats)\b", Options)]
    public static partial Regex AboutPandaDoc();

    /// <summary>The user saying a capability is missing ("it doesn't support", "the editor lacks").</summary>
    [GeneratedRegex(
        @"\b(?:it|pandadoc|you|the\s+\w+)\s+(?:doesn['’]?t|does\s+not|don['’]?t|can['’]?t|cannot)\s+(?:have(?!\s+to\b)|support|offer|do|handle)\b|\b(?:missing|lacks?|lacking)\b",
        Options)]
    public static partial Regex MissingCapability();

    /// <summary>Scheduling talk: "that slot isn't available" is not a missing capability.</summary>
    [GeneratedRegex(@"\b(?:slot|book(?:ed|ing)?|calendar|schedul\w*|meeting|invite|availability|available\s+(?:at|then|on))\b", Options)]
    public static partial Regex Scheduling();
}
