namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>A number phrase over tokens [<see cref="First"/>, <see cref="End"/>), before its context is read.</summary>
/// <param name="Scale">The multiplier its last word applied ("three hundred" -> 100), so "two or three hundred" can share it.</param>
internal readonly record struct NumberPhrase(double Low, double High, int First, int End, NumberPhraseFlags Flags, int Scale)
{
    public static NumberPhrase Single(double value, int first, int end, NumberPhraseFlags flags, int scale = 1) =>
        new(value, value, first, end, flags, scale);

    public bool Has(NumberPhraseFlags flag) => (Flags & flag) != 0;

    public NumberPhrase With(NumberPhraseFlags flag) => this with { Flags = Flags | flag };
}
