using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>
/// Turns the searches that found nothing or failed into <see cref="FailedSearch"/> records: topic, how often a
/// similar query failed in the call, and the impact read from the user's next turn.
/// </summary>
internal static class FailedSearchBuilder
{
    public const string NoResults = "no_results";
    public const string ToolError = "tool_error";

    public static List<FailedSearch> Build(Conversation conversation, List<SearchOutcome> searches)
    {
        var failed = searches.FindAll(s => !s.Found);
        var words = failed.ConvertAll(s => QuestionSimilarity.ContentWords(s.Query));
        var built = new List<FailedSearch>(failed.Count);
        for (var i = 0; i < failed.Count; i++)
        {
            var search = failed[i];
            var occurrences = 0;
            for (var j = 0; j < failed.Count; j++)
            {
                occurrences += i == j || QuestionSimilarity.Jaccard(words[i], words[j]) >= 0.5 ? 1 : 0;
            }

            var (asked, reaction) = Around(conversation, search.Exchange);
            built.Add(new FailedSearch(
                search.Query,
                search.Category,
                Topic(search),
                search.IsError ? ToolError : NoResults,
                search.IsError ? null : search.ResultCount ?? 0,
                search.Error,
                occurrences,
                Impact(reaction, occurrences),
                TopicVocabulary.ContentType(search.Query + " " + asked?.Text),
                search.ResultCount is not null || search.IsError ? 0.95 : 0.8,
                QueryEvidence(search)));
        }

        return built;
    }

    /// <summary>The query's topic; a search category the agent chose stands in when the words say nothing.</summary>
    public static string Topic(SearchOutcome search)
    {
        var topic = TopicVocabulary.Classify(search.Query);
        return topic == TopicVocabulary.Other && !string.IsNullOrWhiteSpace(search.Category) ? search.Category! : topic;
    }

    /// <summary>The user turn that led to the search and the user turn that followed it.</summary>
    private static (Turn? Asked, Turn? Reaction) Around(Conversation conversation, ToolExchange exchange)
    {
        Turn? asked = null;
        Turn? reaction = null;
        foreach (var turn in conversation.UserTurns)
        {
            if (turn.Index <= exchange.TurnIndex)
            {
                asked = turn;
            }
            else
            {
                reaction = turn;
                break;
            }
        }

        return (asked, reaction);
    }

    private static string Impact(Turn? reaction, int occurrences)
    {
        if (occurrences > 1 || (reaction is not null && UserReactionCues.Negative(reaction.Text) is not null))
        {
            return "high";
        }

        return reaction is not null && UserReactionCues.IsPositive(reaction.Text) ? "low" : "medium";
    }

    private static Evidence QueryEvidence(SearchOutcome search)
    {
        var arguments = search.Exchange.Call.Arguments;
        var start = search.Query.Length == 0 ? -1 : arguments.IndexOf(search.Query, StringComparison.Ordinal);
        return start < 0
            ? new Evidence(search.Query, search.Exchange.Call.Id, 0, 0)
            : new Evidence(search.Query, search.Exchange.Call.Id, start, start + search.Query.Length);
    }
}
