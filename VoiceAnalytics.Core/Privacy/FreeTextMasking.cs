using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>
/// Personal data inside free text (transcripts, summaries): email addresses become <c>[EMAIL]</c>, phone numbers (7-15
/// digits with the usual separators) <c>[PHONE]</c>, and the person's name, whole or by its parts of 3+ letters, their
/// pseudonym. Running it twice changes nothing more.
/// </summary>
public static partial class FreeTextMasking
{
    public const string Email = "[EMAIL]";
    public const string Phone = "[PHONE]";

    public static string Mask(string text, string? name, string? pseudonym)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = EmailPattern().Replace(text, Email);
        masked = PhonePattern().Replace(masked, Phone);
        if (pseudonym is null)
        {
            return masked;
        }

        foreach (var part in NameParts(name))
        {
            masked = Regex.Replace(masked, $@"\b{Regex.Escape(part)}\b", pseudonym, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return masked;
    }

    // "Dana Whitfield", then "Dana" and "Whitfield": longest first so the full name becomes one pseudonym.
    private static IEnumerable<string> NameParts(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || NameRedaction.IsRedacted(name))
        {
            return [];
        }

        var trimmed = name.Trim();
        var parts = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Length >= 3 && p != "User").Take(5);
        return new[] { trimmed }.Concat(parts).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<!\w)\+?\d(?:[\s().\-]{0,2}\d){6,14}(?!\w)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhonePattern();
}
