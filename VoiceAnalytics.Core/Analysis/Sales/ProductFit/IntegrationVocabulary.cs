using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using static VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons.Lexicon;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>How users name the tools PandaDoc connects to, including speech-to-text splits ("sales force", "hub spot").</summary>
internal static class IntegrationVocabulary
{
    private const TermKind Kind = TermKind.Integration;

    public static readonly LexiconEntry[] Entries =
    [
        .. Terms(Kind, "salesforce", "salesforce", "sales force", "sfdc", "sales cloud", "financial services cloud", "salesforce cpq"),
        .. Terms(Kind, "hubspot", "hubspot", "hub spot", "hubspot crm"),
        .. Terms(Kind, "zapier", "zapier", "zappier", "zap ear"),
        .. Terms(Kind, "api", "api", "apis", "rest api", "webhook", "webhooks", "web hooks", "sdk"),
        .. Terms(Kind, "google_drive", "google drive", "gdrive", "g drive", "google shared drive"),
        .. Terms(Kind, "dropbox", "dropbox", "drop box", "dropbox business"),
        .. Terms(Kind, "slack", 1.0, TermGuard.NotSlackIdiom, "slack"),
        .. Terms(Kind, "pipedrive", "pipedrive", "pipe drive"),
        .. Terms(Kind, "zoho_crm", "zoho crm", "zoho's crm"),
        .. Terms(Kind, "microsoft_dynamics", "microsoft dynamics", "ms dynamics", "dynamics 365", "dynamics crm"),
        .. Terms(Kind, "microsoft_dynamics", 1.0, TermGuard.NotDynamicsIdiom, "dynamics"),
        .. Terms(Kind, "quickbooks", "quickbooks", "quick books", "qbo", "quickbooks online"),
        .. Terms(Kind, "stripe", "stripe"),
        .. Terms(Kind, "box", "box com", "box dot com", "box account", "box folder", "box folders", "box drive"),
        .. Terms(Kind, "box", 1.0, TermGuard.ProperNoun, "box"),
        .. Terms(Kind, "onedrive", "onedrive", "one drive"),
        .. Terms(Kind, "sharepoint", "sharepoint", "share point"),
        .. Terms(Kind, "monday", "monday com", "monday dot com", "monday crm", "monday board", "monday boards", "monday work management"),
        .. Terms(Kind, "monday", 1.0, TermGuard.MondayApp, "monday"),
        .. Terms(Kind, "notion", 1.0, TermGuard.NotAfterArticle, "notion"),
        .. Terms(Kind, "gmail", "gmail", "g mail", "google mail"),
        .. Terms(Kind, "outlook", "outlook", "outlook calendar", "outlook add in"),
    ];
}
