using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// A one-time change of an existing file that an added column cannot express (a table rebuilt in a new form).
/// <see cref="SqliteDatabase"/> runs it after the schema's <see cref="ISqliteSchema.Ddl"/> and before its added
/// columns; it must detect the old form itself and do nothing on a current file.
/// </summary>
public interface ISqliteUpgrade
{
    void Upgrade(SqliteConnection connection);
}
