using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>
/// The assistant messages' provider_request_ids in transcript order, at most <see cref="MaxIds"/> ids in all: enough to
/// find any turn of a long call with the provider, while a runaway agent cannot grow the report without bound.
/// </summary>
internal static class ProviderRequestLog
{
    public const int MaxIds = 1_000;

    public static (List<ProviderRequests> Messages, bool Truncated) Read(IReadOnlyList<TranscriptItem> items)
    {
        var messages = new List<ProviderRequests>();
        var room = MaxIds;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not MessageItem { IsAssistant: true, Metrics.ProviderRequestIds: { Count: > 0 } ids } message)
            {
                continue;
            }

            if (room == 0)
            {
                return (messages, true);
            }

            var kept = ids.Count <= room ? ids.ToArray() : ids.Take(room).ToArray();
            messages.Add(new ProviderRequests(message.Id, kept));
            room -= kept.Length;
            if (kept.Length < ids.Count)
            {
                return (messages, true);
            }
        }

        return (messages, false);
    }
}
