using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>A quantified loss in a sentence: time spent or lost ("takes us two days"), or money ("$500", "thirty percent").</summary>
internal static partial class ImpactPhrase
{
    public static (string Text, string Kind)? Find(ReadOnlySpan<char> sentence)
    {
        foreach (var match in Loss().EnumerateMatches(sentence))
        {
            var text = sentence.Slice(match.Index, match.Length).ToString();
            var isTime = TimeUnit().IsMatch(text);
            return (text, isTime ? "time" : "money");
        }

        return null;
    }

    private const string Number = @"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a couple of|a few|several|hundreds of|thousands of)";

    [GeneratedRegex(
        @"(?:\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|thousand|million)\b)?|\b" + Number + @"\s+(?:dollars|bucks|grand)\b|\b" + Number + @"\s*(?:%|percent)"
        + @"|\b(?:takes?|taking|took|spend|spends|spending|spent|lose|loses|losing|lost|waste|wastes|wasting|wasted|costs?|costing)\s+(?:us\s+|me\s+|them\s+|about\s+|around\s+|like\s+|maybe\s+|up\s+to\s+|over\s+)*"
        + Number + @"\s+(?:hours?|hrs|minutes?|mins|days?|weeks?|months?)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LossPattern();

    private static GuardedRegex? LossGuarded;

    private static GuardedRegex Loss() => LossGuarded ??= new(LossPattern());

    [GeneratedRegex(@"\b(?:hours?|hrs|minutes?|mins|days?|weeks?|months?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TimeUnitPattern();

    private static GuardedRegex? TimeUnitGuarded;

    private static GuardedRegex TimeUnit() => TimeUnitGuarded ??= new(TimeUnitPattern());
}
