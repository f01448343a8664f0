using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using static VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons.Lexicon;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Features;

/// <summary>How users describe the capabilities in the feature-request enum, including the plain-language versions
/// ("sign if the internet drops", "send from our own domain", "no PandaDoc branding").</summary>
internal static class FeatureVocabulary
{
    private const TermKind Kind = TermKind.Feature;

    public static readonly LexiconEntry[] Entries =
    [
        .. Terms(Kind, "mobile_app", "mobile app", "iphone app", "android app", "phone app", "ipad app", "native app", "app on my phone", "app for my phone", "app store"),
        .. Terms(Kind, "bulk_send", "bulk send", "bulk sending", "send in bulk", "mass send", "mass sending", "batch send", "in batches", "send to many", "send a bunch", "send them all", "mass email", "send the same", "same document to"),
        .. Terms(Kind, "bulk_send", 1.0, TermGuard.SendContext, "at once", "all at once", "at the same time", "in one go", "in bulk", "en masse"),
        .. Terms(Kind, "custom_branding", "custom branding", "our branding", "our logo", "our own logo", "our colors", "our brand colors", "brand colors", "own branding", "branded", "branding", "our fonts"),
        .. Terms(Kind, "offline_signing", "offline", "off line", "without internet", "no internet", "internet drops", "internet goes down", "internet is down", "internet went down", "bad internet", "no wifi", "without wifi", "no signal", "no reception", "no connection", "without a connection", "lose connection", "loses connection", "no cell service"),
        .. Terms(Kind, "sso", "sso", "single sign on", "single sign in", "saml", "okta", "azure ad", "azure active directory", "active directory", "shibboleth", "entra id", "onelogin", "google sso"),
        .. Terms(Kind, "audit_trail", "audit trail", "audit trails", "audit log", "audit logs", "audit history", "certificate of completion", "signing history", "who signed when"),
        .. Terms(Kind, "custom_domain", "own domain", "custom domain", "our domain", "vanity domain", "custom email domain", "our own email domain", "own subdomain", "custom subdomain",
            "their domain", "their own domain", "their email domain", "client's domain", "from our domain", "our own url",
            "our url", "our own web address", "our own address", "subdomain", "subdomains", "our website domain"),
        .. Terms(Kind, "api_access", "api access", "api key", "api keys", "developer access", "sandbox", "developer sandbox", "api credentials"),
        .. Terms(Kind, "multi_language",
            "spanish", "french", "german", "portuguese", "italian", "chinese", "mandarin", "cantonese", "japanese", "korean",
            "vietnamese", "arabic", "russian", "polish", "dutch", "tagalog", "hindi", "other languages", "multiple languages",
            "another language", "different languages", "different language", "multilingual", "multi language",
            "multi lingual", "bilingual", "translated", "translation", "translations", "translate it", "translate the",
            "translate them", "languages", "own language", "their language", "native language", "mother tongue",
            "first language", "home language"),
        .. Terms(Kind, "conditional_logic",
            "conditional", "conditional logic", "conditional fields", "conditional sections", "conditional content",
            "depending on which", "depending on what", "depending on their", "if they pick", "if they choose",
            "if they select", "if they check", "show or hide", "show and hide", "hide sections", "show sections",
            "hide a section", "show a section", "skip logic", "branching", "dynamic sections", "dynamic content",
            "based on their answer", "based on their answers", "based on which", "based on what they"),
        .. Terms(Kind, "payment_collection",
            "collect payment", "collect payments", "collect a payment", "take payment", "take payments", "accept payment",
            "accept payments", "pay the deposit", "pay a deposit", "pay deposits", "pay the invoice", "pay online",
            "pay when they sign", "pay right when", "payment on signing", "collect deposits", "collect a deposit",
            "collect the deposit", "take a deposit", "take the deposit", "payment collection", "credit card payment",
            "pay by card", "pay with a card", "payment link", "auto charge", "auto-charge", "automatic charge",
            "automatic charges", "charged automatically", "charge automatically", "charge them automatically",
            "recurring payment", "recurring payments",
            "charge them every month", "charge every month", "charge them monthly", "charge monthly", "charge each month",
            "bill them every month", "bill them monthly", "monthly payments", "monthly payment", "installments", "instalments", "payment plan", "pay right in", "pay in the document",
            "pay inside", "pay through the document", "pay from the document", "pay directly", "pay by credit card",
            "card payments", "pay by bank", "recurring billing", "recurring charge", "autopay", "auto pay",
            "charge their card", "charge the card", "charge the balance", "collect the balance"),
        .. Terms(Kind, "approval_workflows",
            "approval workflow", "approval workflows", "approval flow", "approval flows", "approval step", "approval steps",
            "review step", "review steps", "approve before sending", "review before sending", "internal approval",
            "internal approvals", "require approval", "require a review", "manager approval", "route for approval",
            "routing for approval", "approval chain", "approve quotes", "approve proposals", "approve documents",
            "approve contracts", "approval rules"),
        .. Terms(Kind, "templates_library",
            "template library", "templates library", "template gallery", "ready made", "pre built", "prebuilt", "pre made",
            "premade", "starter template", "starter templates", "sample template", "sample templates",
            "library of templates", "out of the box templates", "template marketplace", "library of", "templates built in",
            "built in templates", "built-in templates", "ready to use templates", "canned templates", "stock templates"),
        .. Terms(Kind, "analytics",
            "analytics", "reporting", "conversion rate", "conversion rates", "conversion by",
            "time to sign", "win rate", "win rates", "who opened", "when they opened", "when they open", "open rates",
            "insights", "kpis", "metrics"),
        .. Terms(Kind, "analytics", 1.0, TermGuard.NotProductScreen, "dashboard", "dashboards"),
        .. Terms(Kind, "white_label",
            "white label", "white labeled", "white labelled", "white labeling", "white labelling", "whitelabel",
            "pandadoc branding", "panda doc branding", "remove your branding", "remove your logo", "without your branding",
            "without your logo", "pandadoc logo", "unbranded", "no branding", "remove the branding", "remove branding", "remove pandadoc branding", "rebrand", "rebranded",
            "pandadoc anywhere", "panda doc anywhere", "pander doc anywhere", "say pandadoc", "say panda doc", "say pander doc",
            "pandadoc name", "panda doc name", "pander doc name", "your name anywhere", "your logo anywhere",
            "your branding anywhere", "powered by pandadoc", "powered by panda doc", "powered by"),
    ];
}
