namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>What the number parser learned about a phrase while reading it, before reading its context.</summary>
[Flags]
internal enum NumberPhraseFlags
{
    None = 0,
    Digits = 1,
    Approximate = 1 << 1,
    TimeOfDay = 1 << 2,
    Ordinal = 1 << 3,
    Decade = 1 << 4,
    Identifier = 1 << 5,
    Multiplier = 1 << 6,
    SingleDigitWord = 1 << 7,
    YearHead = 1 << 8,
    SpokenYear = 1 << 9,
    Phone = 1 << 10,
    Range = 1 << 11,
    Corrected = 1 << 12,
    Words = 1 << 13,
}
