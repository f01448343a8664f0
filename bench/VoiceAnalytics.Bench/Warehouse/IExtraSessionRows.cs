using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Bench.Warehouse;

/// <summary>
/// The rows a generated session has outside the warehouse (the scale harness: intake body, checkpoints, ledger,
/// outbox). Without one, the generator writes the intake row with a 256-byte stand-in body.
/// </summary>
internal interface IExtraSessionRows : IDisposable
{
    /// <summary>The prepared commands, run in the generator's transactions.</summary>
    IEnumerable<SqliteCommand> Commands { get; }

    void Write(string templateFile, string sessionId, bool failed, string receivedAt, string updatedAt);
}
