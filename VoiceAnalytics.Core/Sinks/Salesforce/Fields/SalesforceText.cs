using System.Globalization;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>Field values in the shapes and sizes Salesforce accepts: a longer value fails the whole request with STRING_TOO_LONG.</summary>
internal static class SalesforceText
{
    /// <summary>Text(255).</summary>
    public const int ShortText = 255;

    /// <summary>Long Text Area as spec 4.3 sizes it (32,000); the other long text fields of section 4 get the same.</summary>
    public const int LongText = 32_000;

    /// <summary>Rich Text Area (Long) created at its maximum length, for the full transcript.</summary>
    public const int RichTextMax = 131_072;

    private const string Ellipsis = "…";

    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(max - Ellipsis.Length)].TrimEnd() + Ellipsis;

    /// <summary>"- line" per line, or null when there are none; lines that no longer fit are left out.</summary>
    public static string? Bullets(IEnumerable<string> lines, int max = LongText)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var bullet = (text.Length == 0 ? "" : "\n") + "- " + line.Trim();
            if (text.Length + bullet.Length > max)
            {
                break;
            }

            text.Append(bullet);
        }

        return text.Length == 0 ? null : text.ToString();
    }

    public static string Quoted(string quote) => "\"" + quote.Trim() + "\"";

    /// <summary>DateTime fields take ISO 8601 in UTC.</summary>
    public static string DateTime(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    /// <summary>Number(n,1) fields: one decimal.</summary>
    public static double OneDecimal(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    public static double Minutes(double seconds) => OneDecimal(seconds / 60);
}
