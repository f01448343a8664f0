using VoiceAnalytics.Core.Analysis.Actions;
using VoiceAnalytics.Core.Analysis.Gaps;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Core.Analysis.Summary;

/// <summary>Everything the summary reads; any analyzer's result may be missing.</summary>
internal sealed record SummaryFacts(
    SessionPayload Session,
    SalesIntelligenceReport? Sales,
    LeadScoreReport? Score,
    ConversationQualityReport? Quality,
    SentimentReport? Sentiment,
    ObjectionReport? Objections,
    ContentGapReport? Gaps,
    ActionItemsReport? Actions);
