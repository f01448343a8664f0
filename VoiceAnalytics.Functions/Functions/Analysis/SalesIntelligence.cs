using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>Activity: the <c>sales_intelligence</c> analyzer (sizes, fit, deal signals and BANT), checkpointed.</summary>
public sealed class SalesIntelligence(SessionActivities activities)
{
    public const string Analyzer = "sales_intelligence";

    [Function(nameof(SalesIntelligence))]
    public Task Run([ActivityTrigger] string sessionId, CancellationToken cancellationToken) =>
        activities.AnalyzeAsync(sessionId, Analyzer, cancellationToken);
}
