using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Bench.Scale;

internal static class Rows
{
    /// <summary>Binds the values to the prepared command's $1..$n in order and runs it.</summary>
    public static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
