using System.Text.Json.Nodes;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>
/// Spec 8.2 "Specific quotes → [REDACTED]": in analysis JSON every string under a property named <c>quote</c>,
/// <c>quotes</c> or <c>evidence</c> (a string or an array of strings; objects inside are walked for their own quote names) becomes
/// <c>[REDACTED]</c>. Structure, numbers and the other strings are left as they are.
/// </summary>
public static class QuoteRedaction
{
    public const string Redacted = "[REDACTED]";

    private static readonly HashSet<string> QuoteNames = new(StringComparer.OrdinalIgnoreCase) { "quote", "quotes", "evidence", "evidence_quote", "example_quote" };

    /// <summary>Redacts in place; true when anything changed.</summary>
    public static bool Redact(JsonNode? node) => Walk(node, underQuote: false);

    private static bool Walk(JsonNode? node, bool underQuote)
    {
        switch (node)
        {
            case JsonObject obj:
                var changed = false;
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    var child = obj[name];
                    if ((underQuote || QuoteNames.Contains(name)) && child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        if (text != Redacted)
                        {
                            obj[name] = Redacted;
                            changed = true;
                        }
                    }
                    else
                    {
                        changed |= Walk(child, QuoteNames.Contains(name) && child is JsonArray);
                    }
                }

                return changed;
            case JsonArray array:
                var any = false;
                for (var i = 0; i < array.Count; i++)
                {
                    if (underQuote && array[i] is JsonValue item && item.TryGetValue<string>(out var quote))
                    {
                        if (quote != Redacted)
                        {
                            array[i] = Redacted;
                            any = true;
                        }
                    }
                    else
                    {
                        any |= Walk(array[i], underQuote: false);
                    }
                }

                return any;
            default:
                return false;
        }
    }
}
