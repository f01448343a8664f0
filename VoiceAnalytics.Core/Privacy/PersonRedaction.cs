using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>
/// The redaction of one person's data, built from the rules: their email becomes its keyed hash, their name
/// <c>User &lt;hash8&gt;</c>, emails and phone numbers in any text are masked, and quotes in analysis JSON become
/// <c>[REDACTED]</c>. Each store applies it to what it keeps; applying it twice gives the same result.
/// </summary>
public sealed class PersonRedaction
{
    private static readonly HashSet<string> EmailFields = new(StringComparer.OrdinalIgnoreCase) { "user_email", "email" };
    private static readonly HashSet<string> NameFields = new(StringComparer.OrdinalIgnoreCase) { "user_name", "name" };

    public PersonRedaction(string? email, string? name, EmailRedaction emails, NameRedaction names)
    {
        ArgumentNullException.ThrowIfNull(emails);
        ArgumentNullException.ThrowIfNull(names);
        Email = string.IsNullOrWhiteSpace(email) || EmailRedaction.IsRedacted(email) ? null : email.Trim().ToLowerInvariant();
        Name = string.IsNullOrWhiteSpace(name) || NameRedaction.IsRedacted(name) ? null : name.Trim();
        EmailHash = Email is null ? null : emails.Redact(Email);
        Pseudonym = Name is null ? null : names.Redact(Name);
    }

    /// <summary>The email as stored (normalized), or null when there is none or it is already redacted.</summary>
    public string? Email { get; }

    public string? Name { get; }

    /// <summary>What <see cref="Email"/> becomes (<c>hmac:&lt;hex&gt;</c>).</summary>
    public string? EmailHash { get; }

    /// <summary>What <see cref="Name"/> becomes (<c>User &lt;hash8&gt;</c>).</summary>
    public string? Pseudonym { get; }

    /// <summary>Free text with emails and phones masked and the name replaced by the pseudonym.</summary>
    public string MaskText(string text) => FreeTextMasking.Mask(text, Name, Pseudonym);

    /// <summary>
    /// A JSON document (payload, transcript, analysis result, report) redacted: email and name fields replaced, every
    /// other string masked, quotes <c>[REDACTED]</c>. Null stays null.
    /// </summary>
    public string? RedactJson(string? json)
    {
        if (json is null)
        {
            return null;
        }

        var node = JsonNode.Parse(json);
        QuoteRedaction.Redact(node);
        Walk(node);
        return node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
    }

    public byte[] RedactJson(byte[] json) => System.Text.Encoding.UTF8.GetBytes(RedactJson(System.Text.Encoding.UTF8.GetString(json))!);

    private void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        obj[key] = RedactField(key, text);
                    }
                    else
                    {
                        Walk(obj[key]);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[i] = MaskText(text);
                    }
                    else
                    {
                        Walk(array[i]);
                    }
                }

                break;
        }
    }

    private string RedactField(string key, string text)
    {
        if (EmailFields.Contains(key) && EmailHash is not null && string.Equals(text.Trim(), Email, StringComparison.OrdinalIgnoreCase))
        {
            return EmailHash;
        }

        if (NameFields.Contains(key) && Pseudonym is not null && string.Equals(text.Trim(), Name, StringComparison.OrdinalIgnoreCase))
        {
            return Pseudonym;
        }

        return IsStructural(key) ? text : MaskText(text);
    }

    // Ids, times and kinds are not free text: a session id's or a timestamp's digits are not a phone number.
    private static bool IsStructural(string key) =>
        key is "id" or "type" or "role" or "version" or "model" or "provider" or "status"
        || key.EndsWith("_id", StringComparison.Ordinal) || key.EndsWith("_at", StringComparison.Ordinal)
        || key.Contains("time", StringComparison.OrdinalIgnoreCase) || key.Contains("date", StringComparison.OrdinalIgnoreCase);
}
