using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>A knowledge-base search that found nothing or failed.</summary>
/// <param name="Category">The category the agent passed to the search, when it did.</param>
/// <param name="Topic">Topic of the query (see <see cref="TopicVocabulary"/>).</param>
/// <param name="Reason">no_results | tool_error.</param>
/// <param name="ResultCount">The result count the search reported (0), null for a tool error.</param>
/// <param name="Error">The tool's error text for a tool error.</param>
/// <param name="Occurrences">How many failed searches of this call asked much the same (retries included).</param>
/// <param name="Impact">high (the user reacted badly, or it failed repeatedly) | medium | low (the user moved on happily).</param>
/// <param name="ContentType">troubleshooting | guide: the kind of article that would have answered it.</param>
/// <param name="Evidence">The query inside the function call's arguments.</param>
public sealed record FailedSearch(
    string Query,
    string? Category,
    string Topic,
    string Reason,
    int? ResultCount,
    string? Error,
    int Occurrences,
    string Impact,
    string ContentType,
    double Confidence,
    Evidence Evidence);
