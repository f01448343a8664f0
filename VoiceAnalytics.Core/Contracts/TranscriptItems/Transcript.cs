namespace VoiceAnalytics.Core.Contracts.TranscriptItems;

/// <summary><c>session.history.to_dict(exclude_timestamp=False)</c>: items sorted by <c>created_at</c>.</summary>
public sealed record Transcript
{
    public IReadOnlyList<TranscriptItem> Items { get; init; } = [];

    public IEnumerable<MessageItem> Messages => Items.OfType<MessageItem>();
}
