using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// A one-time change to an existing file that DDL and an added column cannot make (moving data between tables, a
/// table rebuilt in a new form). Runs at start after the schema's <see cref="ISqliteSchema.Ddl"/> and before its
/// added columns (whose dependent DDL may refer to the new form); it detects the old form itself, is a no-op on a
/// current file, and finishes when re-run after a kill.
/// </summary>
public interface ISqliteMigration
{
    void Migrate(SqliteConnection connection);
}
