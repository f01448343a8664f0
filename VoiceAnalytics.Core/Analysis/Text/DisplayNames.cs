using System.Globalization;

namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>Label-enum values as people write them: <c>docusign</c> is DocuSign, <c>this_week</c> "this week".</summary>
public static class DisplayNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["docusign"] = "DocuSign", ["adobe_sign"] = "Adobe Sign", ["dropbox_sign"] = "Dropbox Sign", ["signnow"] = "SignNow",
        ["zoho_sign"] = "Zoho Sign", ["better_proposals"] = "Better Proposals", ["hubspot"] = "HubSpot", ["salesforce"] = "Salesforce",
        ["api"] = "API", ["zapier"] = "Zapier", ["pandadoc"] = "PandaDoc", ["quickbooks"] = "QuickBooks", ["google_drive"] = "Google Drive",
        ["ms_dynamics"] = "Microsoft Dynamics", ["pipedrive"] = "Pipedrive", ["slack"] = "Slack", ["hellosign"] = "HelloSign",
        ["proposify"] = "Proposify", ["qwilr"] = "Qwilr", ["docsend"] = "DocSend", ["zoho_crm"] = "Zoho CRM", ["monday"] = "monday.com",
        ["onedrive"] = "OneDrive", ["sharepoint"] = "SharePoint", ["gmail"] = "Gmail", ["outlook"] = "Outlook", ["box"] = "Box",
        ["dropbox"] = "Dropbox", ["notion"] = "Notion", ["stripe"] = "Stripe", ["xero"] = "Xero", ["spreadsheets"] = "spreadsheets",
        ["manual_process"] = "a manual process",
    };

    public static string Of(string value) =>
        Known.TryGetValue(value, out var known) ? known : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(value.Replace('_', ' '));

    /// <summary>A sentence fragment: <c>this_week</c> is "this week".</summary>
    public static string Phrase(string value) => value.Replace('_', ' ');
}
