using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>A document volume the user stated.</summary>
/// <param name="Quantity">The amount as said; a range's midpoint.</param>
/// <param name="Low">The range's low end (equals <paramref name="Quantity"/> when not a range).</param>
/// <param name="High">The range's high end (equals <paramref name="Quantity"/> when not a range).</param>
/// <param name="Period">day | week | fortnight | month | quarter | year: what the amount is counted over.</param>
/// <param name="PeriodStated">False when the period came from the assistant's question or was assumed to be a month.</param>
/// <param name="DocumentType">What is counted, as said ("proposals", "offer packets", "new patients"), or null.</param>
/// <param name="PerMonth">The amount normalized to a month, rounded.</param>
/// <param name="IsAverage">The user gave it as their average or normal amount ("on average", "normally").</param>
/// <param name="IsTotal">The user gave it as the total of everything ("all in", "so a hundred a year").</param>
public sealed record VolumeMention(
    double Quantity,
    double Low,
    double High,
    string Period,
    bool PeriodStated,
    string? DocumentType,
    int PerMonth,
    bool IsAverage,
    bool IsTotal,
    double Confidence,
    Evidence Evidence);
