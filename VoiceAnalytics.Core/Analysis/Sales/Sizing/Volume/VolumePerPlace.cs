using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>
/// A volume said per place: "each office does about forty a week", "we send 30 a month at each store", "per
/// location it's maybe 50". It multiplies by the number of places the user gave in this turn or an earlier one
/// ("we run three offices").
/// </summary>
internal static class VolumePerPlace
{
    private const int Reach = 10; // "each office does, like, I wanna say forty": spoken hedges between the place and the amount

    /// <summary>A place named in the singular, as it follows "each" or "per".</summary>
    private static readonly WordSet Place = new(
        "office", "store", "location", "branch", "site", "clinic", "shop", "restaurant", "school", "campus", "hotel",
        "dealership", "warehouse", "practice", "studio", "salon", "gym", "venue", "franchise", "property", "building",
        "lot", "center", "centre", "facility", "outlet", "region", "territory");

    private static readonly WordSet Each = new("each", "every", "per");

    /// <summary>The number of places the user gave ("three dental offices"), from this turn's counts, else null.</summary>
    public static double? PlacesIn(SizingTurn turn)
    {
        double? places = null;
        foreach (var count in turn.Counts)
        {
            if (count.Noun.Head >= 0 && turn.Text.In(count.Noun.Head, SizingNouns.Locations) && count.Value is >= 2 and <= 500 && count.Period is null)
            {
                places = count.Value;
            }
        }

        return places;
    }

    /// <summary>Whether the amount is counted per place: "each office does 40", "40 a week per store", "at each site".</summary>
    public static bool IsPerPlace(SizingTurn turn, SizingCount count, int periodEnd)
    {
        var text = turn.Text;
        var sentence = turn.SentenceOf(count.First);
        for (var k = count.First - 1; k >= Math.Max(0, count.First - Reach) && turn.SentenceOf(k) == sentence; k--)
        {
            if (EachPlaceAt(text, k))
            {
                return true;
            }
        }

        var end = Math.Max(count.PhraseEnd, periodEnd);
        for (var k = end; k < Math.Min(text.Count, end + 3) && turn.SentenceOf(k) == sentence; k++)
        {
            if (EachPlaceAt(text, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EachPlaceAt(TokenizedText text, int k) => text.In(k, Each) && text.In(k + 1, Place);
}
