namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>What a <see cref="SpeechToken"/> holds.</summary>
public enum SpeechTokenKind
{
    /// <summary>Letters, with inner apostrophes ("who'd", "o'clock").</summary>
    Word,

    /// <summary>A run of digits with its inner separators ("1,500", "1.5", "10:30").</summary>
    Digits,

    /// <summary>One other visible character ("$", "%", "-", ",").</summary>
    Symbol,
}
