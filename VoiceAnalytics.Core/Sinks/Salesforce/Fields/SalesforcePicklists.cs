using System.Globalization;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>
/// The analyzers' snake_case labels as the picklist values and display names of spec section 4 ("real_estate" becomes
/// "Real Estate", "hubspot" "HubSpot", "this_week" "This Week"). A label without a special spelling is title-cased.
/// </summary>
internal static class SalesforcePicklists
{
    /// <summary>Value of <c>Competitor_Mentioned__c</c> for a lead no call has named a competitor for.</summary>
    public const string NoCompetitor = "None";

    /// <summary>Value of <c>Budget_Authority__c</c> before any call has said who decides.</summary>
    public const string UnknownAuthority = "Unknown";

    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["hubspot"] = "HubSpot",
        ["quickbooks"] = "QuickBooks",
        ["onedrive"] = "OneDrive",
        ["sharepoint"] = "SharePoint",
        ["monday"] = "monday.com",
        ["zoho_crm"] = "Zoho CRM",
        ["docusign"] = "DocuSign",
        ["signnow"] = "signNow",
        ["pandadoc"] = "PandaDoc",
        ["word"] = "Microsoft Word",
        ["proposals"] = "Sales Proposals",
        ["ndas"] = "NDAs",
        ["sows"] = "SOWs",
        ["hr_staffing"] = "HR",
    };

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "api", "sso", "hr", "it", "ceo", "cfo", "coo", "cto", "crm", "nda", "sow",
    };

    /// <summary>Competitors with their own value in the <c>Competitor_Mentioned__c</c> picklist; the others are "Other".</summary>
    private static readonly Dictionary<string, string> CompetitorValues = new(StringComparer.Ordinal)
    {
        ["docusign"] = "DocuSign",
        ["adobe_sign"] = "Adobe Sign",
        ["dropbox_sign"] = "HelloSign",
    };

    public static string Display(string label)
    {
        if (Spellings.TryGetValue(label, out var spelled))
        {
            return spelled;
        }

        var words = label.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Acronyms.Contains(w) ? w.ToUpperInvariant() : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w));
        return string.Join(' ', words);
    }

    /// <summary>A multi-select picklist value: the display values joined by semicolons, or null when there are none.</summary>
    public static string? MultiSelect(IEnumerable<string> labels) =>
        labels.Select(Display).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } values ? string.Join(';', values) : null;

    /// <summary>"Tier 1" is "Tier 1 - Sales Ready", "Tier 2" is "Tier 2 - Self Serve" (spec 4.1).</summary>
    public static string Tier(string tier) => tier switch
    {
        "Tier 1" => "Tier 1 - Sales Ready",
        "Tier 2" => "Tier 2 - Self Serve",
        _ => tier,
    };

    public static string Competitor(string competitor) => CompetitorValues.GetValueOrDefault(competitor, "Other");

    /// <summary>Spec 4.4 lists "Manual Process" among the competitors: the status quo a rep sells against.</summary>
    public const string ManualProcess = "Manual Process";
}
