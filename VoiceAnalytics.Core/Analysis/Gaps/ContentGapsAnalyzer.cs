namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>
/// Spec 3.7 Content Gap Analyzer. Reads the knowledge-base searches (<see cref="KnowledgeSearchReader"/>), the
/// user's questions and the agent's deflections, groups them by topic and ranks the content to write.
/// </summary>
public sealed class ContentGapsAnalyzer : Analyzer<ContentGapReport>
{
    public override string Name => "content_gaps";

    public override int Version => 1;

    public override AnalyzerStage Stage => AnalyzerStage.FanOut;

    public override ContentGapReport Analyze(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var conversation = input.Conversation;
        var searches = KnowledgeSearchReader.Read(conversation);
        var failed = FailedSearchBuilder.Build(conversation, searches);
        var questions = UserQuestionFinder.Find(conversation);
        var memo = new TopicMemo();
        var unanswered = UnansweredQuestionFinder.Find(conversation, questions, memo);
        var repeated = RepeatedQuestionFinder.Find(questions, memo);
        var topics = TopicGapBuilder.Build(questions, failed, unanswered, repeated, memo);
        var found = searches.Count(s => s.Found);
        return new ContentGapReport
        {
            TotalSearches = searches.Count,
            FailedSearches = failed.Count(f => f.Reason == FailedSearchBuilder.NoResults),
            SearchErrors = failed.Count(f => f.Reason == FailedSearchBuilder.ToolError),
            CoverageRate = searches.Count == 0 ? null : Math.Round((double)found / searches.Count, 3),
            FailedQueries = failed,
            UnansweredQuestions = unanswered,
            RepeatedQuestions = repeated,
            Topics = topics,
            MissingDocumentation = [.. topics.Where(t => t.IsGap).Select(t => t.Topic)],
            Recommendations = ContentRecommender.Recommend(topics, failed, unanswered, repeated, memo),
        };
    }
}
