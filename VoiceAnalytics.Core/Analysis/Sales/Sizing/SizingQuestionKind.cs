namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>What the assistant asked just before a user turn, as far as sizing goes (one turn may ask several).</summary>
[Flags]
internal enum SizingQuestionKind
{
    None = 0,
    TeamSize = 1,
    CompanySize = 2,
    Volume = 4,
}
