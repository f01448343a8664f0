namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// How a runner carries out each step of <see cref="SessionWorkflow"/> for one session: in-process with embedded
/// checkpoints (the local host), or as Durable activities (Azure). The workflow decides the order; a runner only
/// executes.
/// </summary>
public interface ISessionSteps
{
    /// <summary>Checks the payload is there and marks the session <c>processing</c>.</summary>
    Task BeginAsync();

    /// <summary>Runs one analyzer on the payload and the earlier stages' results; a checkpointed result is reused.</summary>
    Task AnalyzeAsync(string analyzer);

    /// <summary>Assembles the <see cref="SessionReport"/> from every analyzer result.</summary>
    Task ReportAsync();

    /// <summary>Delivers the report to one sink. A sink that still fails is left failed in the delivery ledger; it never fails the session.</summary>
    Task DeliverAsync(string sink);

    /// <summary>Marks the session <c>analyzed</c> with its report.</summary>
    Task CompleteAsync();
}
