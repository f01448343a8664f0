namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>
/// The noun after a count: its class and its words (token range; Head is its deciding word, or -1). Guessed: a role
/// read from the word's form (<see cref="StaffNounGuess"/>), not from the vocabulary.
/// </summary>
internal readonly record struct SizingNoun(SizingNounClass Class, int First, int Head, int End, bool Guessed = false)
{
    public static SizingNoun Bare(int at) => new(SizingNounClass.Bare, at, -1, at);

    public bool IsPeople => Class is SizingNounClass.OfUs or SizingNounClass.People or SizingNounClass.Seat or SizingNounClass.Role;
}
