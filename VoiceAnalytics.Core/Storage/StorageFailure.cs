using Azure;
using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage;

/// <summary>
/// Storage that cannot take a write right now (disk full, database locked, read-only folder, I/O error, the storage
/// service failing): the client should retry later (503 with <see cref="RetryAfter"/>), not see a bare 500.
/// </summary>
/// <param name="Cause"><c>full</c>, <c>locked</c>, <c>read-only</c>, <c>io</c> or <c>unavailable</c>.</param>
public sealed record StorageFailure(string Cause, TimeSpan RetryAfter)
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int EnospcErrno = 28;
    private const int WindowsDiskFull = unchecked((int)0x80070070);

    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Later = TimeSpan.FromSeconds(60);

    /// <summary>What the client is told: no paths or internals, only the kind of failure.</summary>
    public string Describe() => Cause switch
    {
        "full" => "Storage is full (no space left on the device); the session was not stored.",
        "locked" => "Storage is locked by another writer; the session was not stored.",
        "read-only" => "Storage is read-only; the session was not stored.",
        "io" => "Storage failed to read or write; the session was not stored.",
        _ => "Storage is unavailable; the session was not stored.",
    };

    /// <summary>The storage failure behind <paramref name="exception"/> (or one of its inner exceptions), or null.</summary>
    public static StorageFailure? From(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (Classify(current) is { } failure)
            {
                return failure;
            }

            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    if (From(inner) is { } found)
                    {
                        return found;
                    }
                }
            }
        }

        return null;
    }

    private static StorageFailure? Classify(Exception exception) => exception switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) switch
        {
            SqliteFull => new("full", Later),
            SqliteBusy or SqliteLocked => new("locked", Soon),
            SqliteReadOnly => new("read-only", Later),
            SqliteIoError or SqliteCantOpen => new("io", Later),
            _ => null,
        },
        IOException io when io.HResult is EnospcErrno or WindowsDiskFull => new("full", Later),
        IOException => new("io", Later),
        UnauthorizedAccessException => new("read-only", Later),
        RequestFailedException azure when azure.Status is 0 or 429 or >= 500 => new("unavailable", Soon),
        _ => null,
    };
}
