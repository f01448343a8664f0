namespace VoiceAnalytics.Core.Warehouse.Dashboard;

/// <summary>
/// The dashboard's numeric panels (spec 6.1-6.3, 6.6) ask the warehouse through this port: figures per UTC hour,
/// summed over the sessions that match the spec 6.7 filters, read from rollups kept when a session is written (the
/// embedded warehouse) so no request reads raw sessions of a long window. A window is widened to whole UTC hours:
/// the hour <c>From</c> falls in through the hour before <c>To</c> (or the hour holding it when it is not on the hour).
/// </summary>
public interface IDashboardHours
{
    /// <summary>
    /// The hours of the window that have sessions, in order, each with its summed figures: every <see cref="Measure"/>
    /// and the bins of the <paramref name="histograms"/> asked for (the others may read as zeros: a panel reads only what it shows).
    /// </summary>
    Task<IReadOnlyList<DashboardHour>> HoursAsync(DashboardFilter filter, IReadOnlyList<DashboardHistogram> histograms, CancellationToken cancellationToken);

    /// <summary>
    /// The window's figures summed (every <see cref="Measure"/> and the bins of the <paramref name="histograms"/>): the
    /// sum of <see cref="HoursAsync"/>, which a rollup can read from whole days.
    /// </summary>
    Task<DashboardTotals> TotalsAsync(DashboardFilter filter, IReadOnlyList<DashboardHistogram> histograms, CancellationToken cancellationToken);

    /// <summary>What the window's sessions cost per provider (USD), largest first.</summary>
    Task<IReadOnlyList<ProviderUsd>> CostsAsync(DashboardFilter filter, CancellationToken cancellationToken);

    /// <summary>Sessions that started in [From, To) exactly (a short window: "active now").</summary>
    Task<int> StartedAsync(DashboardFilter filter, CancellationToken cancellationToken);

    /// <summary>The industries and agent versions of the sessions that started in [from, to), with their session counts.</summary>
    Task<DashboardChoices> ChoicesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

public sealed record DashboardHour(DateTimeOffset Start, DashboardTotals Totals);

public sealed record ProviderUsd(string Provider, double Usd);

public sealed record ChoiceCount(string Value, long Sessions);

public sealed record DashboardChoices(IReadOnlyList<ChoiceCount> Industries, IReadOnlyList<ChoiceCount> AgentVersions);
