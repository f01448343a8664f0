namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>A volume mention with what the aggregation needs to know about where it was said.</summary>
/// <param name="Head">The counted noun's deciding word ("proposals"), lower-case, or null.</param>
/// <param name="Coordinated">Joined by "and" to the mention before it in the same sentence ("40 proposals and 20 contracts").</param>
/// <param name="IsCorrection">Corrects an earlier amount ("actually, more like 50 a week").</param>
/// <param name="IsSeasonal">Said of a season or a peak ("15 a week in the season"), not of the usual amount.</param>
/// <param name="Answers">Said in answer to the assistant's volume question.</param>
/// <param name="IsProxy">Counts what makes paperwork ("households", "loads", "rentals") rather than documents.</param>
/// <param name="Additive">Said as more on top of the amount before it ("renewals are another forty", "plus 20").</param>
internal sealed record VolumeCandidate(
    VolumeMention Mention,
    double PerMonthExact,
    int Turn,
    int Sentence,
    string? Head,
    bool IsDocument,
    bool Coordinated,
    bool IsCorrection,
    bool IsSeasonal,
    bool Answers,
    bool Additive = false,
    bool IsProxy = false);
