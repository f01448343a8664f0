using VoiceAnalytics.Core.Analysis.Sales.Sizing;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Tests.Analysis.Sales.Sizing;

/// <summary>
/// Builds a call from a compact script: turns separated by " || ", each starting "A:" (assistant) or "U:" (user);
/// a turn without a prefix is the user's. Lets table-driven tests read like the conversation they test.
/// </summary>
internal static class SizingTranscript
{
    public static SessionPayload Payload(string script)
    {
        var items = new List<TranscriptItem>();
        var turns = script.Split(" || ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < turns.Length; i++)
        {
            var (role, text) = turns[i] switch
            {
                var t when t.StartsWith("A:", StringComparison.Ordinal) => ("assistant", t[2..].Trim()),
                var t when t.StartsWith("U:", StringComparison.Ordinal) => ("user", t[2..].Trim()),
                var t => ("user", t),
            };
            items.Add(new MessageItem { Id = $"item_{i}", Role = role, Content = [text], CreatedAt = 1_787_000_000 + (i * 5) });
        }

        return new SessionPayload
        {
            SessionId = "sizing-test",
            StartTime = DateTimeOffset.Parse("2026-10-05T15:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture),
            Transcript = new Transcript { Items = items },
        };
    }

    public static SizingSignals Extract(string script) => SizingExtractor.Extract(new Conversation(Payload(script)));
}
