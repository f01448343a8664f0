using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>Hedges around a number: "about 30", "I'd say maybe 40", "50 or so", "give or take", "forty-odd".</summary>
internal static class NumberHedges
{
    private static readonly WordSet HedgesAfter = new("odd", "ish", "plus");

    public static bool Around(TokenizedText text, int first, int end)
    {
        for (var k = first - 1; k >= first - 3 && text.InRange(k) && !text.IsSentenceEnd(k); k--)
        {
            if (text.In(k, NumberWords.HedgesBefore) || text.IsSymbol(k, '~'))
            {
                return true;
            }
        }

        if (text.IsSymbol(end, ',') && (text.Is(end + 1, "give") || text.Is(end + 1, "more")))
        {
            end++; // "a thousand, give or take"
        }

        return text.In(end, HedgesAfter)
            || text.IsSymbol(end, '+')
            || (text.IsSymbol(end, '-') && text.In(end + 1, HedgesAfter))
            || (text.Is(end, "or") && (text.Is(end + 1, "so") || text.Is(end + 1, "more") || text.Is(end + 1, "less")))
            || (text.Is(end, "give") && text.Is(end + 1, "or") && text.Is(end + 2, "take"))
            || (text.Is(end, "more") && text.Is(end + 1, "or") && text.Is(end + 2, "less"));
    }
}
