using Microsoft.DurableTask;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>The one retry policy of the analysis activities, from <c>Pipeline:ActivityMaxAttempts</c> and <c>Pipeline:ActivityFirstRetryInterval</c>.</summary>
public static class ActivityRetry
{
    public static TaskOptions From(PipelineOptions options) =>
        TaskOptions.FromRetryPolicy(new RetryPolicy(options.ActivityMaxAttempts, options.ActivityFirstRetryInterval, backoffCoefficient: 2));
}
