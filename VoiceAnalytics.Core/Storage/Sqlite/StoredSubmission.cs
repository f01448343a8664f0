namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>A submission with its body already encoded for <c>ingested_bodies</c> (<see cref="PayloadCodec"/>).</summary>
internal sealed record StoredSubmission(SessionSubmission Submission, int Codec, byte[] Stored)
{
    /// <summary>Encodes on the caller's thread, so compression runs in parallel and never inside the commit.</summary>
    public static StoredSubmission Encode(SessionSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var (codec, stored) = PayloadCodec.Encode(submission.Body.Span);
        return new StoredSubmission(submission, codec, stored);
    }
}
