using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>Progress of the one-time build of the dashboard rollups (<see cref="DashboardRollupBackfill"/>): counts only.</summary>
internal static partial class DashboardRollupLog
{
    [LoggerMessage(9311, LogLevel.Information, "Building the dashboard rollups of {Sessions} warehouse sessions; this runs once")]
    public static partial void Started(ILogger logger, long sessions);

    [LoggerMessage(9312, LogLevel.Information, "Rolled up {Done} of {Sessions} warehouse sessions for the dashboard")]
    public static partial void Progress(ILogger logger, long done, long sessions);

    [LoggerMessage(9313, LogLevel.Information, "Rolled up {Done} warehouse sessions for the dashboard in {Elapsed}")]
    public static partial void Finished(ILogger logger, long done, TimeSpan elapsed);
}
