using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace VoiceAnalytics.Core.Storage.Azure;

/// <summary>
/// A session's status as metadata of its payload blob, so the body, its hash and its state change in one atomic
/// write. Metadata is ASCII only, so the free-text failure reason is base64url-encoded (and capped: all metadata of
/// a blob must fit in 8 KB).
/// </summary>
internal sealed record BlobSessionStatus(
    string Sha256,
    SessionState State,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    string? FailureReason,
    bool Enqueued,
    bool HasReport)
{
    internal const int MaxReasonLength = 1000;

    private const string Sha256Key = "sha256";
    private const string StateKey = "state";
    private const string ReceivedAtKey = "received_at";
    private const string UpdatedAtKey = "updated_at";
    private const string FailureReasonKey = "failure_reason";
    private const string EnqueuedKey = "enqueued";
    private const string HasReportKey = "has_report";

    public static BlobSessionStatus Received(SessionSubmission submission, DateTimeOffset now) =>
        new(submission.Sha256, SessionState.Received, submission.ReceivedAt, now, null, Enqueued: false, HasReport: false);

    public Dictionary<string, string> ToMetadata()
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [Sha256Key] = Sha256,
            [StateKey] = State.ToString().ToLowerInvariant(),
            [ReceivedAtKey] = Format(ReceivedAt),
            [UpdatedAtKey] = Format(UpdatedAt),
            [EnqueuedKey] = Enqueued ? "true" : "false",
            [HasReportKey] = HasReport ? "true" : "false",
        };
        if (FailureReason is not null)
        {
            metadata[FailureReasonKey] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Cap(FailureReason)));
        }

        return metadata;
    }

    public static BlobSessionStatus FromMetadata(IDictionary<string, string> metadata)
    {
        // The service returns keys as stored, but treat them case-insensitively like it does.
        var values = new Dictionary<string, string>(metadata, StringComparer.OrdinalIgnoreCase);
        string Get(string key) => values.TryGetValue(key, out var value)
            ? value
            : throw new InvalidDataException($"The payload blob has no '{key}' metadata; it was not written by {nameof(BlobSessionStore)}.");

        return new BlobSessionStatus(
            Get(Sha256Key),
            Enum.Parse<SessionState>(Get(StateKey), ignoreCase: true),
            DateTimeOffset.Parse(Get(ReceivedAtKey), CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(Get(UpdatedAtKey), CultureInfo.InvariantCulture),
            values.TryGetValue(FailureReasonKey, out var reason) ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(reason)) : null,
            IsTrue(values, EnqueuedKey),
            IsTrue(values, HasReportKey));
    }

    private static bool IsTrue(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) && bool.TryParse(value, out var flag) && flag;

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static string Cap(string reason)
    {
        if (reason.Length <= MaxReasonLength)
        {
            return reason;
        }

        // Do not cut a surrogate pair in half: the half would not survive UTF-8.
        var length = char.IsHighSurrogate(reason[MaxReasonLength - 1]) ? MaxReasonLength - 1 : MaxReasonLength;
        return string.Concat(reason.AsSpan(0, length), "…");
    }
}
