using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>
/// A small topic vocabulary for questions and search queries. The most specific topic wins ("send one lease to two
/// hundred tenants" is bulk_send before it is e_signature), so the order of <see cref="Topics"/> matters.
/// </summary>
public static partial class TopicVocabulary
{
    public const string Other = "other";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (string Topic, Regex Pattern)[] Topics =
    [
        ("bulk_send", BulkSend()),
        ("branding", Branding()),
        ("workflows", Workflows()),
        ("security", Security()),
        ("payments", Payments()),
        ("api", Api()),
        ("integrations", Integrations()),
        ("templates", Templates()),
        ("analytics", Analytics()),
        ("mobile", Mobile()),
        ("localization", Localization()),
        ("pricing", Pricing()),
        ("editor", Editor()),
        ("onboarding", Onboarding()),
        ("account", Account()),
        ("e_signature", ESignature()),
    ];

    /// <summary>The first topic of <paramref name="text"/>, or <see cref="Other"/>.</summary>
    public static string Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (topic, pattern) in Topics)
        {
            if (pattern.IsMatch(text))
            {
                return topic;
            }
        }

        return Other;
    }

    /// <summary>troubleshooting when the text describes something broken or not found, else guide.</summary>
    public static string ContentType(string text) => Troubleshooting().IsMatch(text) ? "troubleshooting" : "guide";

    [GeneratedRegex(@"\bbulk\b|\bmass\s+send|\bat\s+once\b|\bsend\w*\s+(?:\w+\s+){0,6}?(?:to\s+)?(?:like\s+|about\s+|around\s+|over\s+)?"
        + @"(?:many|multiple|a\s+bunch\s+of|hundreds|dozens|thousands|\d{2,}|(?:a|one|two|three|four|five|several|a\s+few)\s+(?:hundred|thousand)|all\s+(?:of\s+)?(?:my|our|the))\b", Options)]
    private static partial Regex BulkSend();

    [GeneratedRegex(@"\b(?:security|secure|hipaa|soc\s*(?:2|ii|two)|gdpr|ferpa|fedramp|complian\w+|sso|single\s+sign[- ]on|saml|encrypt\w*|privacy|audit\s+trail|legal\w*|esign\s+act|ueta|baa)\b", Options)]
    private static partial Regex Security();

    [GeneratedRegex(@"\b(?:payments?|pay|deposits?|stripe|paypal|credit\s+cards?|charge)\b", Options)]
    private static partial Regex Payments();

    [GeneratedRegex(@"\b(?:api|apis|webhooks?|sdk|embed\w*|developers?)\b", Options)]
    private static partial Regex Api();

    [GeneratedRegex(@"\b(?:integrat\w*|sync\w*|connect\w*|crm|ats|tms|dms|zapier|salesforce|hubspot|pipedrive|dynamics|quickbooks|slack|google\s+drive|onedrive|sharepoint|dropbox|gmail|outlook|notion)\b", Options)]
    private static partial Regex Integrations();

    [GeneratedRegex(@"\b(?:templates?|content\s+library)\b", Options)]
    private static partial Regex Templates();

    [GeneratedRegex(@"\b(?:brand\w*|white[- ]?label\w*|logo|(?:custom|own)\s+(?:\w+\s+)?domain)\b", Options)]
    private static partial Regex Branding();

    [GeneratedRegex(@"\b(?:workflows?|approvals?|review\s+step|conditional|automat\w*|reminders?|routing|signing\s+order|depending\s+on|based\s+on\s+(?:what|which|the)|(?:show|hide)\s+(?:or\s+hide\s+)?sections?)\b", Options)]
    private static partial Regex Workflows();

    [GeneratedRegex(@"\b(?:analytics|reports?|reporting|dashboards?|tracking|metrics|insights)\b", Options)]
    private static partial Regex Analytics();

    [GeneratedRegex(@"\b(?:mobile|ipad|iphone|android|tablet|phone|offline|app)\b", Options)]
    private static partial Regex Mobile();

    [GeneratedRegex(@"\b(?:spanish|french|german|language|languages|translat\w*|locali[sz]\w*)\b", Options)]
    private static partial Regex Localization();

    [GeneratedRegex(@"\b(?:price|prices|pricing|cost|costs|plan|plans|discount\w*|billing|upgrade|seats?|subscription|cheap\w*|expensive|afford\w*)\b", Options)]
    private static partial Regex Pricing();

    [GeneratedRegex(@"\b(?:editor|fields?|drag|upload\w*|formatting)\b", Options)]
    private static partial Regex Editor();

    [GeneratedRegex(@"\b(?:set\s*up|setup|onboard\w*|import\w*|migrat\w*|invite|training|getting\s+started|add\s+(?:users|people|my\s+team|the\s+other))\b", Options)]
    private static partial Regex Onboarding();

    [GeneratedRegex(@"\b(?:password|log\s*in|login|sign\s+in|username|account\s+settings)\b", Options)]
    private static partial Regex Account();

    [GeneratedRegex(@"\b(?:sign|signs|signed|signature|signatures|signing|signer|e-?sign\w*)\b", Options)]
    private static partial Regex ESignature();

    [GeneratedRegex(
        @"\b(?:not\s+(?:working|syncing|showing|updating|loading|saving)|(?:isn['’]?t|aren['’]?t|doesn['’]?t|don['’]?t|won['’]?t|can['’]?t|cannot)\s+(?:\w+\s+)?(?:work|sync|find|see|figure|load|show|update|save|open)"
        + @"|errors?|broken|fail\w*|stuck|bug|troubleshoot\w*|wrong|timed\s+out)\b",
        Options)]
    private static partial Regex Troubleshooting();
}
