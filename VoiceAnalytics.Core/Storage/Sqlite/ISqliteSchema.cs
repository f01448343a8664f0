namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>Tables one area keeps in the embedded database; statements must be idempotent (IF NOT EXISTS).</summary>
public interface ISqliteSchema
{
    string Ddl { get; }
}
