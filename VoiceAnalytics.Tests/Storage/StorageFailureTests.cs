using Azure;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Tests.Storage;

/// <summary>Which exceptions mean "storage cannot take the write now" (503 + Retry-After), and which do not.</summary>
public sealed class StorageFailureTests
{
    [Theory]
    [InlineData(13, "full")]
    [InlineData(5, "locked")]
    [InlineData(6, "locked")]
    [InlineData(8, "read-only")]
    [InlineData(10, "io")]
    [InlineData(14, "io")]
    [InlineData(13 | (3 << 8), "full")] // an extended result code keeps its primary code in the low byte
    public void From_SqliteErrorCodes(int code, string cause)
    {
        var failure = StorageFailure.From(new SqliteException("SQLite Error", code));

        Assert.Equal(cause, failure?.Cause);
        Assert.True(failure!.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public void From_SqliteConstraintViolation_NotAStorageFailure()
    {
        Assert.Null(StorageFailure.From(new SqliteException("UNIQUE constraint failed", 19)));
    }

    [Fact]
    public void From_NoSpaceLeftOnDevice_Full()
    {
        Assert.Equal("full", StorageFailure.From(new IOException("No space left on device", 28))?.Cause);
    }

    [Fact]
    public void From_AccessDenied_ReadOnly()
    {
        Assert.Equal("read-only", StorageFailure.From(new UnauthorizedAccessException("Access to the path is denied."))?.Cause);
    }

    [Fact]
    public void From_WrappedInner_Found()
    {
        var wrapped = new InvalidOperationException("outer", new AggregateException(new SqliteException("busy", 5)));

        Assert.Equal("locked", StorageFailure.From(wrapped)?.Cause);
    }

    [Theory]
    [InlineData(503, "unavailable")]
    [InlineData(500, "unavailable")]
    [InlineData(429, "unavailable")]
    public void From_AzureServiceFailing_Unavailable(int status, string cause)
    {
        Assert.Equal(cause, StorageFailure.From(new RequestFailedException(status, "ServerBusy"))?.Cause);
    }

    [Fact]
    public void From_AzureConflict_NotAStorageFailure()
    {
        Assert.Null(StorageFailure.From(new RequestFailedException(409, "BlobAlreadyExists")));
    }

    [Fact]
    public void From_ProgrammingError_NotAStorageFailure()
    {
        Assert.Null(StorageFailure.From(new NullReferenceException()));
        Assert.Null(StorageFailure.From(new InvalidOperationException("Session s-1 is not in the store.")));
    }

    [Fact]
    public void Describe_NamesTheKindNeverAPath()
    {
        var full = StorageFailure.From(new IOException("Could not write /secret/place/voice-analytics.db", 28))!;

        Assert.DoesNotContain("/secret", full.Describe(), StringComparison.Ordinal);
        Assert.Contains("full", full.Describe(), StringComparison.Ordinal);
    }
}
