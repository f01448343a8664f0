using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// A one-time change to an existing file that DDL alone cannot make (moving data between tables). Runs at start,
/// after the schema's DDL and added columns; must be a no-op once done and must finish when re-run after a kill.
/// </summary>
public interface ISqliteMigration
{
    void Migrate(SqliteConnection connection);
}
