using System.Text;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Warehouse;

/// <summary>The transcript as "role: text" lines for full-text search, and its word count.</summary>
internal static class TranscriptFlattener
{
    public static (string Text, int WordCount) Flatten(Transcript transcript)
    {
        var text = new StringBuilder();
        var words = 0;
        foreach (var message in transcript.Messages)
        {
            if (message.Role is not ("user" or "assistant"))
            {
                continue;
            }

            var line = message.Text;
            text.Append(message.Role).Append(": ").Append(line).Append('\n');
            words += CountWords(line);
        }

        return (text.ToString(), words);
    }

    private static int CountWords(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }
}
