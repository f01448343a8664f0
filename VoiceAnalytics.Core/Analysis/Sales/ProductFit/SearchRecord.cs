using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>A knowledge-base search read once: where it happened, what it asked, the capabilities its query names, and whether it found nothing.</summary>
internal sealed record SearchRecord(int TurnIndex, string Query, IReadOnlyList<string> Features, bool FoundNothing)
{
    public static List<SearchRecord> From(Conversation conversation)
    {
        var searches = new List<SearchRecord>();
        foreach (var exchange in conversation.Tools)
        {
            if (KnowledgeSearch.IsSearch(exchange) && KnowledgeSearch.Query(exchange) is { } query)
            {
                var features = ProductLexicon.ScanText(query).Where(m => m.Entry.Kind == TermKind.Feature).Select(m => m.Entry.Value).ToList();
                searches.Add(new SearchRecord(exchange.TurnIndex, query, features, KnowledgeSearch.FoundNothing(exchange)));
            }
        }

        return searches;
    }
}
