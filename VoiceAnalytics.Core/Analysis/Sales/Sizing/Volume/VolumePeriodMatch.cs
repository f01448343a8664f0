namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>A period phrase found at tokens [First, End).</summary>
internal readonly record struct VolumePeriodMatch(VolumePeriod Period, int First, int End);
