using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

/// <summary>The decision timeline, its date and the urgency, as <see cref="TimelineExtractor"/> reads them.</summary>
internal sealed record TimelineSignals(Extracted<string>? Timeline, DateOnly? DecisionDate, Extracted<string>? Urgency);
