namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>An article to write for the help center.</summary>
/// <param name="ContentType">troubleshooting | guide.</param>
/// <param name="Subject">What it should answer: the failed query or the user's question.</param>
/// <param name="Source">failed_search | unanswered_question | repeated_question.</param>
public sealed record ContentRecommendation(int Priority, string Topic, string ContentType, string Subject, string Source);
