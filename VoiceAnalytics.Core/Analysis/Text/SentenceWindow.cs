namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>
/// The sentence around an index together with its neighbours: a cue and the topic it is about are often split across
/// two sentences ("here's the problem. your pricing isn't on the website").
/// </summary>
public static class SentenceWindow
{
    /// <summary>Start and end of the sentence at <paramref name="index"/> widened by one sentence on each side.</summary>
    public static (int Start, int End) Around(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return (0, 0);
        }

        var (start, end) = SentenceBounds.Around(text, index);
        if (start >= 2)
        {
            start = SentenceBounds.Around(text, start - 2).Start;
        }

        if (end < text.Length)
        {
            end = SentenceBounds.Around(text, end).End;
        }

        return (start, end);
    }
}
