using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// <c>va_json(column)</c>, registered on every connection <see cref="SqliteDatabase"/> opens: the JSON text of a
/// column <see cref="CompressedText"/> wrote (a zstd frame, with or without a shipped dictionary) or of an older row
/// that holds TEXT, so SQL reads facts out of compressed columns as <c>json_extract(va_json(a.col), '$.path')</c>.
/// SQLite's JSON functions would take a BLOB for JSONB (https://sqlite.org/json1.html#jsonb), hence text.
/// </summary>
public static class StoredJson
{
    public const string FunctionName = "va_json";

    /// <summary>Adds <c>va_json</c> to a connection (tools that open the file themselves call this too).</summary>
    public static void Register(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.CreateFunction<object?, string?>(FunctionName, CompressedText.Decode, isDeterministic: true);
    }
}
