namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>
/// One word of a text (<see cref="SpeechTokenizer"/>) by position (no string is allocated), the punctuation that
/// follows it, and a case-insensitive hash (<see cref="WordHash"/>) computed while scanning, so that every vocabulary
/// lookup is an integer lookup.
/// </summary>
public readonly record struct SpokenWord(int Start, int Length, SpokenBreak After, int Hash = 0)
{
    public int End => Start + Length;

    public bool EndsSentence => After >= SpokenBreak.Period;

    public bool EndsClause => After != SpokenBreak.None;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    public bool Is(string text, string word) => In(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The word without a possessive "'s" ("DocuSign's" reads as "DocuSign"); "'s" alone stays.</summary>
    public ReadOnlySpan<char> WithoutPossessive(string text) =>
        Length > 2 && text[End - 2] is '\'' or '\u2019' && text[End - 1] is 's' or 'S' ? text.AsSpan(Start, Length - 2) : In(text);
}
