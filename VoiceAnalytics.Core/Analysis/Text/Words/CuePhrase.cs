namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>
/// A phrase of one or more words (compared ignoring case) with its value. A trailing "$" in the source text means the
/// phrase must close its clause ("it's a lot $" matches "it's a lot." but not "it's a lot of work").
/// </summary>
public sealed record CuePhrase<T>(IReadOnlyList<string> Words, bool EndsClause, T Value)
{
    /// <summary>The <see cref="WordHash"/> of each word, to reject a mismatch with one comparison.</summary>
    public IReadOnlyList<int> Hashes => HashArray;

    // The matcher's hot loop reads these arrays directly: through IReadOnlyList each read was an interface call.
    internal string[] WordArray { get; } = [.. Words];

    internal int[] HashArray { get; } = [.. Words.Select(w => WordHash.Of(w))];

    public static CuePhrase<T> Parse(string phrase, T value)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var anchored = words.Length > 1 && words[^1] == "$";
        return new CuePhrase<T>(anchored ? words[..^1] : words, anchored, value);
    }
}
