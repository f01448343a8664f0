using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>
/// Who a new Lead is. Salesforce requires <c>LastName</c> and <c>Company</c> on a Lead. The name is the session's user
/// name, else the name given when booking the meeting, else the email's local part; the last word is the last name.
/// The company is the <c>company</c> of the participant's metadata (set by the app), else the email's domain unless
/// it is a free mail provider, else "[not provided]", the placeholder Salesforce's own lead tools use.
/// Only used to create a Lead: an existing record keeps the name and company the sales team gave it.
/// </summary>
internal static class LeadIdentity
{
    public const string NotProvided = "[not provided]";

    private static readonly HashSet<string> FreeMail = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com",
        "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "web.de", "mail.com", "yandex.com", "zoho.com",
    };

    public static void AddTo(Dictionary<string, object?> fields, SessionPayload session, SessionReport report, string email)
    {
        var name = FirstText(session.UserName, session.Participant?.Name, report.Get<SalesIntelligenceReport>()?.Deal.Meeting?.CustomerName)
            ?? email.Split('@')[0];
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length > 1)
        {
            fields["FirstName"] = SalesforceText.Truncate(string.Join(' ', words[..^1]), 40);
        }

        fields["LastName"] = SalesforceText.Truncate(words.Length > 0 ? words[^1] : NotProvided, 80);
        fields["Company"] = SalesforceText.Truncate(Company(session, email), SalesforceText.ShortText);
        fields["Email"] = email;
    }

    private static string Company(SessionPayload session, string email)
    {
        if (MetadataCompany(session.Participant?.Metadata) is { } company)
        {
            return company;
        }

        var domain = email[(email.LastIndexOf('@') + 1)..];
        return domain.Length > 0 && domain.Contains('.', StringComparison.Ordinal) && !FreeMail.Contains(domain) ? domain.ToLowerInvariant() : NotProvided;
    }

    private static string? MetadataCompany(string? metadata)
    {
        if (string.IsNullOrWhiteSpace(metadata))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(metadata);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("company", out var company)
                && company.ValueKind == JsonValueKind.String
                ? FirstText(company.GetString())
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? FirstText(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
