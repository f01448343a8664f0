namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>
/// A text with its normalized (lower-case) form and tokens, and small questions about them. Token indexes out of
/// range answer false, so callers can look around a token without bounds checks.
/// </summary>
public sealed class TokenizedText
{
    private readonly SpeechToken[] _tokens;

    public TokenizedText(string text)
    {
        Original = text ?? throw new ArgumentNullException(nameof(text));
        Text = SpeechTokenizer.Normalize(text);
        _tokens = SpeechTokenizer.Tokenize(Text);
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The lower-cased text the tokens index into (same offsets as <see cref="Original"/>).</summary>
    public string Text { get; }

    public int Count => _tokens.Length;

    public SpeechToken this[int index] => _tokens[index];

    /// <summary>The token's characters (normalized), or empty when out of range.</summary>
    public ReadOnlySpan<char> Span(int index) =>
        InRange(index) ? Text.AsSpan(_tokens[index].Start, _tokens[index].Length) : [];

    public bool InRange(int index) => index >= 0 && index < _tokens.Length;

    public bool IsWord(int index) => InRange(index) && _tokens[index].IsWord;

    public bool Is(int index, string word) => IsWord(index) && Span(index).SequenceEqual(word);

    public bool In(int index, WordSet words) => IsWord(index) && words.Contains(Span(index));

    public bool IsSymbol(int index, char symbol) =>
        InRange(index) && _tokens[index].IsSymbol && Text[_tokens[index].Start] == symbol;

    /// <summary>True when a sentence ends at this token ('.', '?', '!').</summary>
    public bool IsSentenceEnd(int index) => IsSymbol(index, '.') || IsSymbol(index, '?') || IsSymbol(index, '!');

    /// <summary>True when the two tokens are written together, with no space between them ("2pm", "15-person").</summary>
    public bool Touch(int left, int right) =>
        InRange(left) && InRange(right) && _tokens[left].End == _tokens[right].Start;
}
