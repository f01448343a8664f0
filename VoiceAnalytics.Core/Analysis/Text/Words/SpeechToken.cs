namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>One token of transcribed speech, as a character range of the text it came from.</summary>
public readonly record struct SpeechToken(int Start, int End, SpeechTokenKind Kind)
{
    public int Length => End - Start;

    public bool IsWord => Kind == SpeechTokenKind.Word;

    public bool IsDigits => Kind == SpeechTokenKind.Digits;

    public bool IsSymbol => Kind == SpeechTokenKind.Symbol;
}
