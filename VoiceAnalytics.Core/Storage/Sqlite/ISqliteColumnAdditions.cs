namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// Columns a schema added after its tables first shipped. <see cref="SqliteDatabase"/> adds each one an existing file
/// lacks (and fills it with its <c>Backfill</c> statement, if any, only then), then runs <see cref="DependentDdl"/>
/// (indexes on those columns), so an old database opens as a new one.
/// </summary>
public interface ISqliteColumnAdditions
{
    IReadOnlyList<(string Table, string Column, string Definition, string? Backfill)> AddedColumns { get; }

    /// <summary>Idempotent statements that need the added columns.</summary>
    string DependentDdl { get; }
}
