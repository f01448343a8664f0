using System.Globalization;
using System.Text;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// The conversation as the model sees it: one line per message, "[id] role: text", personal data masked, cut at a
/// message boundary at the size limit. The same masked lines are what quotes are checked against.
/// </summary>
public sealed class MaskedTranscript
{
    private MaskedTranscript(IReadOnlyList<MaskedLine> lines, string startDate)
    {
        Lines = lines;
        Text = $"Call started {startDate}.\n" + string.Join('\n', lines.Select(l => $"[{l.ItemId}] {l.Role}: {l.Text}"));
    }

    public IReadOnlyList<MaskedLine> Lines { get; }

    /// <summary>The user message of the call.</summary>
    public string Text { get; }

    public static MaskedTranscript From(SessionPayload session, int maxCharacters)
    {
        var lines = new List<MaskedLine>();
        var size = 0;
        foreach (var message in session.Transcript.Messages)
        {
            if (!message.IsUser && !message.IsAssistant)
            {
                continue;
            }

            var text = PersonalDataMasker.Mask(message.Text, session.UserName);
            size += text.Length + message.Id.Length + 16;
            if (size > maxCharacters)
            {
                break;
            }

            lines.Add(new MaskedLine(message.Id, message.IsUser ? "user" : "assistant", text));
        }

        return new MaskedTranscript(lines, session.StartTime.ToString("yyyy-MM-dd (dddd)", CultureInfo.InvariantCulture));
    }

    /// <summary>SHA-256 of what is sent: the key of the cache, so an identical call is never paid twice.</summary>
    public string Hash() => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
}

public sealed record MaskedLine(string ItemId, string Role, string Text);
