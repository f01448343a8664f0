using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// Masks personal data before a transcript leaves the service: email addresses, phone numbers (7+ digits, spoken
/// with separators or not) and the user's own name, each replaced by a placeholder the prompt explains.
/// </summary>
public static partial class PersonalDataMasker
{
    public const string Email = "[EMAIL]";
    public const string Phone = "[PHONE]";
    public const string User = "[USER]";

    public static string Mask(string text, string? userName)
    {
        var masked = EmailPattern().Replace(text, Email);
        masked = PhonePattern().Replace(masked, Phone);
        foreach (var name in NameParts(userName))
        {
            masked = Regex.Replace(masked, $@"\b{Regex.Escape(name)}\b", User, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return masked;
    }

    // The full name and each part of it of 3+ letters ("Dana Whitfield", "Dana", "Whitfield"), longest first.
    private static IEnumerable<string> NameParts(string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return [];
        }

        var trimmed = userName.Trim();
        var parts = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Length >= 3).Take(5);
        return new[] { trimmed }.Concat(parts).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPattern();

    // +1 (555) 010-2233, 555.010.2233, 5550102233, 555 010 2233: a run of 7-15 digits with the usual separators.
    [GeneratedRegex(@"(?<!\w)\+?\d(?:[\s().\-]{0,2}\d){6,14}(?!\w)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhonePattern();
}
