namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>Where a signal came from: the quote, the transcript item and the character range inside its text.</summary>
public sealed record Evidence(string Quote, string ItemId, int Start, int End)
{
    /// <summary>Evidence for <paramref name="length"/> characters of <paramref name="turn"/> at <paramref name="start"/>.</summary>
    public static Evidence From(Turn turn, int start, int length)
    {
        start = Math.Clamp(start, 0, turn.Text.Length);
        var end = Math.Clamp(start + length, start, turn.Text.Length);
        return new Evidence(turn.Text[start..end], turn.ItemId, start, end);
    }

    /// <summary>Evidence quoting the whole sentence around a match, which reads better in a report than a word.</summary>
    public static Evidence Sentence(Turn turn, int index)
    {
        var (start, end) = SentenceBounds.Around(turn.Text, index);
        return new Evidence(turn.Text[start..end], turn.ItemId, start, end);
    }
}
