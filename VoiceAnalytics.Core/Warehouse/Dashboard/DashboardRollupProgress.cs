using System.Collections.Concurrent;

namespace VoiceAnalytics.Core.Warehouse.Dashboard;

/// <summary>
/// The one-time rollup builds of an older warehouse file (run in the background after start) as they go, so the
/// dashboard can say its figures are partial until they end. In memory: a build is resumed, and reported, by the
/// process that runs it.
/// </summary>
public sealed class DashboardRollupProgress
{
    public const string Figures = "figures";
    public const string Lists = "lists";

    private readonly ConcurrentDictionary<string, RollupBuild> _building = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RollupBuild> _finished = new(StringComparer.Ordinal);

    public void Report(string rollup, long done, long total) => _building[rollup] = new RollupBuild(rollup, done, total);

    public void Finish(string rollup, long done, long total)
    {
        _building.TryRemove(rollup, out _);
        _finished[rollup] = new RollupBuild(rollup, done, total);
    }

    /// <summary>The builds under way, by name.</summary>
    public IReadOnlyList<RollupBuild> Building => [.. _building.Values.OrderBy(b => b.Rollup, StringComparer.Ordinal)];

    /// <summary>The builds this process finished, with their last counts.</summary>
    public IReadOnlyDictionary<string, RollupBuild> Finished => _finished;
}

/// <param name="Done">Sessions read so far.</param>
/// <param name="Total">Sessions to read, counted when the build started (later writes roll themselves up).</param>
public sealed record RollupBuild(string Rollup, long Done, long Total);
