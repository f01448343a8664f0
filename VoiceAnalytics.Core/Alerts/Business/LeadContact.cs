using System.Text.Json;
using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Alerts.Business;

/// <summary>Who called, for the #sales messages: name, email and company from the envelope and the participant's metadata.</summary>
internal sealed record LeadContact(string Name, string? Email, string? Company)
{
    public const string UnknownName = "Unknown caller";

    public static LeadContact Of(SessionPayload session)
    {
        var name = Clean(session.UserName) ?? Clean(session.Participant?.Name) ?? UnknownName;
        var company = MetadataCompany(session.Participant?.Metadata) ?? SignalsCompany(session.DiscoveredSignals);
        return new LeadContact(name, Clean(session.UserEmail), company);
    }

    private static string? MetadataCompany(string? metadata)
    {
        if (string.IsNullOrWhiteSpace(metadata))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(metadata);
            return Text(document.RootElement, "company");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? SignalsCompany(JsonElement? signals) => signals is { } root ? Text(root, "company_name") : null;

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? Clean(value.GetString())
            : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
