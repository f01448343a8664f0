using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Features;

/// <summary>
/// A knowledge-base search read once: where it happened, what it asked, the capabilities its query names, and whether
/// it found nothing (its output parsed on first use: only the searches answering a requested capability are asked).
/// </summary>
internal sealed class SearchRecord(int turnIndex, string query, IReadOnlyList<string> features, ToolExchange exchange)
{
    private bool? _foundNothing;

    public int TurnIndex { get; } = turnIndex;

    public string Query { get; } = query;

    public IReadOnlyList<string> Features { get; } = features;

    public bool FoundNothing => _foundNothing ??= KnowledgeSearch.FoundNothing(exchange);

    public static List<SearchRecord> From(Conversation conversation)
    {
        var searches = new List<SearchRecord>();
        foreach (var exchange in conversation.Tools)
        {
            if (KnowledgeSearch.IsSearch(exchange) && KnowledgeSearch.Query(exchange) is { } query)
            {
                var features = ProductLexicon.ScanText(query).Where(m => m.Entry.Kind == TermKind.Feature).Select(m => m.Entry.Value).ToList();
                searches.Add(new SearchRecord(exchange.TurnIndex, query, features, exchange));
            }
        }

        return searches;
    }
}
