namespace VoiceAnalytics.Core.Warehouse;

/// <summary>
/// What the operational rules (spec 7.1/7.2) ask the warehouse. Windows are [from, to); a session's time is when it
/// ended (its start when the payload had no end), a turn's is its own timestamp.
/// </summary>
public interface IOpsFigures
{
    /// <summary>The latest start time of a warehouse session, or null when there is none.</summary>
    Task<DateTimeOffset?> LatestSessionStartAsync(CancellationToken cancellationToken);

    /// <summary>The sessions that ended in the window with their close reason, failed tools and connection figures, by id.</summary>
    Task<IReadOnlyList<SessionOutcome>> SessionOutcomesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Average latency (each turn's on its call's basis) and the stage averages of the turns in the window.</summary>
    Task<LatencyFigures> LatencyAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Prompt plus completion tokens of the turns in the window.</summary>
    Task<long> TokensAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>What the sessions that ended in the window cost, with our own language-model analysis of them.</summary>
    Task<CostFigures> CostAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
