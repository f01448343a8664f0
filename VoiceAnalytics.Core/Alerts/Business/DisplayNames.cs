using System.Globalization;

namespace VoiceAnalytics.Core.Alerts.Business;

/// <summary>Label-enum values as people write them: <c>docusign</c> is DocuSign, <c>this_week</c> "this week".</summary>
internal static class DisplayNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["docusign"] = "DocuSign", ["adobe_sign"] = "Adobe Sign", ["dropbox_sign"] = "Dropbox Sign", ["signnow"] = "SignNow",
        ["zoho_sign"] = "Zoho Sign", ["better_proposals"] = "Better Proposals", ["hubspot"] = "HubSpot", ["salesforce"] = "Salesforce",
        ["api"] = "API", ["zapier"] = "Zapier", ["pandadoc"] = "PandaDoc", ["quickbooks"] = "QuickBooks", ["google_drive"] = "Google Drive",
        ["ms_dynamics"] = "Microsoft Dynamics", ["pipedrive"] = "Pipedrive", ["slack"] = "Slack",
    };

    public static string Of(string value) =>
        Known.TryGetValue(value, out var known) ? known : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(value.Replace('_', ' '));

    /// <summary>A sentence fragment: <c>this_week</c> is "this week".</summary>
    public static string Phrase(string value) => value.Replace('_', ' ');
}
