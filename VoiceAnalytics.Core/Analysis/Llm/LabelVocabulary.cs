namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>The allowed values of each enum and set label (LABELS.md), shared by the prompt and the validator.</summary>
public static class LabelVocabulary
{
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Values = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["integration_needs"] = Set("salesforce", "hubspot", "zapier", "api", "google_drive", "dropbox", "slack", "pipedrive", "zoho_crm", "microsoft_dynamics", "quickbooks", "stripe", "box", "onedrive", "sharepoint", "monday", "notion", "gmail", "outlook"),
        ["industry"] = Set("healthcare", "legal", "real_estate", "finance", "insurance", "education", "software", "marketing_agency", "construction", "manufacturing", "nonprofit", "hr_staffing", "retail", "consulting", "government", "hospitality", "automotive", "logistics"),
        ["use_cases"] = Set("proposals", "contracts", "quotes", "ndas", "onboarding", "hr_documents", "invoices", "forms", "sows", "leases", "consent_forms"),
        ["current_tool"] = Set("manual", "word", "google_docs", "docusign", "adobe_sign", "dropbox_sign", "proposify", "qwilr", "better_proposals", "signnow", "conga", "ironclad", "jotform", "zoho_sign", "pandadoc"),
        ["competitors_mentioned"] = Set("docusign", "adobe_sign", "dropbox_sign", "proposify", "qwilr", "better_proposals", "signnow", "conga", "ironclad", "jotform", "zoho_sign"),
        ["decision_timeline"] = Set("this_week", "this_month", "this_quarter", "next_quarter", "evaluating"),
        ["budget_authority"] = Set("decision_maker", "influencer", "needs_approval"),
        ["urgency"] = Set("high", "medium", "low"),
        ["objection_categories"] = Set("pricing", "features", "timing", "trust", "competitor", "integration", "other"),
        ["feature_requests"] = Set("mobile_app", "bulk_send", "custom_branding", "offline_signing", "sso", "audit_trail", "custom_domain", "api_access", "multi_language", "conditional_logic", "payment_collection", "approval_workflows", "templates_library", "analytics", "white_label"),
        ["stakeholders"] = Set("ceo", "cfo", "coo", "cto", "founder", "legal", "it", "procurement", "sales_manager", "hr", "operations", "partner", "board", "finance_team", "manager"),
        ["buying_signal"] = Set("strong", "medium", "weak", "none"),
        ["sentiment"] = Set("positive", "neutral", "negative"),
        ["sentiment_trend"] = Set("improving", "stable", "declining"),
        ["action_item_owners"] = Set("user", "sales", "support", "product"),
        ["objection_status"] = Set("resolved", "outstanding"),
    };

    /// <summary>Inclusive ranges of the numeric labels; a value outside is dropped as implausible.</summary>
    public static readonly IReadOnlyDictionary<string, (int Min, int Max)> Ranges = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["team_size"] = (1, 100_000),
        ["company_size"] = (1, 5_000_000),
        ["monthly_volume"] = (1, 10_000_000),
        ["user_questions"] = (0, 500),
    };

    public static bool Allows(string field, string value) => Values.TryGetValue(field, out var allowed) && allowed.Contains(value);

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
