namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// The one definition of what happens to a session after ingest: the analyzer stages in order (each stage fanned out
/// in parallel and fanned in), the report, the sink stages in order (the warehouse first, then the rest in parallel),
/// then the final status. The local host runs it in-process; the Durable orchestrator runs it with activities.
/// Orchestrator code: deterministic, no I/O, no clock here; everything happens in the steps.
/// </summary>
public static class SessionWorkflow
{
    public static async Task RunAsync(SessionPlan plan, ISessionSteps steps)
    {
        await steps.BeginAsync().ConfigureAwait(true);
        foreach (var stage in plan.AnalyzerStages)
        {
            await Task.WhenAll(stage.Select(steps.AnalyzeAsync)).ConfigureAwait(true);
        }

        await steps.ReportAsync().ConfigureAwait(true);
        foreach (var stage in plan.SinkStages)
        {
            await Task.WhenAll(stage.Select(steps.DeliverAsync)).ConfigureAwait(true);
        }

        await steps.CompleteAsync().ConfigureAwait(true);
    }
}
