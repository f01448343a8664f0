namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>One topic of the call: how often it came up and how often the content failed it.</summary>
/// <param name="Questions">User questions on the topic.</param>
/// <param name="Score">Gap weight: unanswered x3, failed searches, errors and repeats x2, plus questions when a gap.</param>
/// <param name="Priority">Rank by score, 1 = write this content first.</param>
/// <param name="IsGap">True when a search failed, a question went unanswered or was repeated on this topic.</param>
public sealed record TopicGap(
    string Topic,
    int Questions,
    int FailedSearches,
    int SearchErrors,
    int Unanswered,
    int Repeats,
    int Score,
    int Priority,
    string ContentType,
    bool IsGap);
