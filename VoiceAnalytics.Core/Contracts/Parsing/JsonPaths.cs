using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>JSON paths of payload faults (<c>$.a.b[2]['odd name']</c>), with long property names shortened so a fault stays small.</summary>
internal static partial class JsonPaths
{
    private const int MaxNameLength = 64;

    public static string Child(string path, string name)
    {
        if (name.Length > MaxNameLength)
        {
            name = string.Concat(name.AsSpan(0, MaxNameLength), "…");
        }

        return SimpleName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
    }

    public static string Index(string path, int index) => $"{path}[{index}]";

    [GeneratedRegex(@"\A[A-Za-z_][A-Za-z0-9_]*\z")]
    private static partial Regex SimpleName();
}
