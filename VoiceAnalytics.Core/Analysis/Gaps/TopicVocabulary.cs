using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>
/// A small topic vocabulary for questions and search queries. The most specific topic wins ("send one lease to two
/// hundred tenants" is bulk_send before it is e_signature), so the order of <see cref="Topics"/> matters.
/// </summary>
public static partial class TopicVocabulary
{
    public const string Other = "other";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (string Topic, GuardedRegex Pattern)[] Topics =
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
    private static partial Regex BulkSendPattern();

    private static GuardedRegex? BulkSendGuarded;

    private static GuardedRegex BulkSend() => BulkSendGuarded ??= new(BulkSendPattern());

    [GeneratedRegex(@"\b(?:security|secure|hipaa|soc\s*(?:2|ii|two)|gdpr|ferpa|fedramp|complian\w+|sso|single\s+sign[- ]on|saml|encrypt\w*|privacy|audit\s+trail|legal\w*|esign\s+act|ueta|baa)\b", Options)]
    private static partial Regex SecurityPattern();

    private static GuardedRegex? SecurityGuarded;

    private static GuardedRegex Security() => SecurityGuarded ??= new(SecurityPattern());

    [GeneratedRegex(@"\b(?:payments?|pay|deposits?|stripe|paypal|credit\s+cards?|charge)\b", Options)]
    private static partial Regex PaymentsPattern();

    private static GuardedRegex? PaymentsGuarded;

    private static GuardedRegex Payments() => PaymentsGuarded ??= new(PaymentsPattern());

    [GeneratedRegex(@"\b(?:api|apis|webhooks?|sdk|embed\w*|developers?)\b", Options)]
    private static partial Regex ApiPattern();

    private static GuardedRegex? ApiGuarded;

    private static GuardedRegex Api() => ApiGuarded ??= new(ApiPattern());

    [GeneratedRegex(@"\b(?:integrat\w*|sync\w*|connect\w*|crm|ats|tms|dms|zapier|salesforce|hubspot|pipedrive|dynamics|quickbooks|slack|google\s+drive|onedrive|sharepoint|dropbox|gmail|outlook|notion)\b", Options)]
    private static partial Regex IntegrationsPattern();

    private static GuardedRegex? IntegrationsGuarded;

    private static GuardedRegex Integrations() => IntegrationsGuarded ??= new(IntegrationsPattern());

    [GeneratedRegex(@"\b(?:templates?|content\s+library)\b", Options)]
    private static partial Regex TemplatesPattern();

    private static GuardedRegex? TemplatesGuarded;

    private static GuardedRegex Templates() => TemplatesGuarded ??= new(TemplatesPattern());

    [GeneratedRegex(@"\b(?:brand\w*|white[- ]?label\w*|logo|(?:custom|own)\s+(?:\w+\s+)?domain)\b", Options)]
    private static partial Regex BrandingPattern();

    private static GuardedRegex? BrandingGuarded;

    private static GuardedRegex Branding() => BrandingGuarded ??= new(BrandingPattern());

    [GeneratedRegex(@"\b(?:workflows?|approvals?|review\s+step|conditional|automat\w*|reminders?|routing|signing\s+order|depending\s+on|based\s+on\s+(?:what|which|the)|(?:show|hide)\s+(?:or\s+hide\s+)?sections?)\b", Options)]
    private static partial Regex WorkflowsPattern();

    private static GuardedRegex? WorkflowsGuarded;

    private static GuardedRegex Workflows() => WorkflowsGuarded ??= new(WorkflowsPattern());

    [GeneratedRegex(@"\b(?:analytics|reports?|reporting|dashboards?|tracking|metrics|insights)\b", Options)]
    private static partial Regex AnalyticsPattern();

    private static GuardedRegex? AnalyticsGuarded;

    private static GuardedRegex Analytics() => AnalyticsGuarded ??= new(AnalyticsPattern());

    [GeneratedRegex(@"\b(?:mobile|ipad|iphone|android|tablet|phone|offline|app)\b", Options)]
    private static partial Regex MobilePattern();

    private static GuardedRegex? MobileGuarded;

    private static GuardedRegex Mobile() => MobileGuarded ??= new(MobilePattern());

    [GeneratedRegex(@"\b(?:spanish|french|german|language|languages|translat\w*|locali[sz]\w*)\b", Options)]
    private static partial Regex LocalizationPattern();

    private static GuardedRegex? LocalizationGuarded;

    private static GuardedRegex Localization() => LocalizationGuarded ??= new(LocalizationPattern());

    [GeneratedRegex(@"\b(?:price|prices|pricing|cost|costs|plan|plans|discount\w*|billing|upgrade|seats?|subscription|cheap\w*|expensive|afford\w*)\b", Options)]
    private static partial Regex PricingPattern();

    private static GuardedRegex? PricingGuarded;

    private static GuardedRegex Pricing() => PricingGuarded ??= new(PricingPattern());

    [GeneratedRegex(@"\b(?:editor|fields?|drag|upload\w*|formatting)\b", Options)]
    private static partial Regex EditorPattern();

    private static GuardedRegex? EditorGuarded;

    private static GuardedRegex Editor() => EditorGuarded ??= new(EditorPattern());

    [GeneratedRegex(@"\b(?:set\s*up|setup|onboard\w*|import\w*|migrat\w*|invite|training|getting\s+started|add\s+(?:users|people|my\s+team|the\s+other))\b", Options)]
    private static partial Regex OnboardingPattern();

    private static GuardedRegex? OnboardingGuarded;

    private static GuardedRegex Onboarding() => OnboardingGuarded ??= new(OnboardingPattern());

    [GeneratedRegex(@"\b(?:password|log\s*in|login|sign\s+in|username|account\s+settings)\b", Options)]
    private static partial Regex AccountPattern();

    private static GuardedRegex? AccountGuarded;

    private static GuardedRegex Account() => AccountGuarded ??= new(AccountPattern());

    [GeneratedRegex(@"\b(?:sign|signs|signed|signature|signatures|signing|signer|e-?sign\w*)\b", Options)]
    private static partial Regex ESignaturePattern();

    private static GuardedRegex? ESignatureGuarded;

    private static GuardedRegex ESignature() => ESignatureGuarded ??= new(ESignaturePattern());

    [GeneratedRegex(
        @"\b(?:not\s+(?:working|syncing|showing|updating|loading|saving)|(?:isn['’]?t|aren['’]?t|doesn['’]?t|don['’]?t|won['’]?t|can['’]?t|cannot)\s+(?:\w+\s+)?(?:work|sync|find|see|figure|load|show|update|save|open)"
        + @"|errors?|broken|fail\w*|stuck|bug|troubleshoot\w*|wrong|timed\s+out)\b",
        Options)]
    private static partial Regex TroubleshootingPattern();

    private static GuardedRegex? TroubleshootingGuarded;

    private static GuardedRegex Troubleshooting() => TroubleshootingGuarded ??= new(TroubleshootingPattern());
}
