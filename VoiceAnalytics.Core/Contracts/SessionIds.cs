using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>What a session id may be: it names a blob, a queue message and a URL segment, so keep it plain.</summary>
public static partial class SessionIds
{
    public const string Rule = "Must be 1-128 characters of letters, digits, '.', '_', ':' or '-', starting with a letter or digit.";

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._:-]{0,127}\z")]
    private static partial Regex Pattern();
}
