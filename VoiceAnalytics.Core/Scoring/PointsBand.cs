namespace VoiceAnalytics.Core.Scoring;

/// <summary>Points for a number within [Min, Max] (Max null: no upper bound).</summary>
public sealed class PointsBand
{
    public int Min { get; set; }
    public int? Max { get; set; }
    public int Points { get; set; }

    public bool Contains(int value) => value >= Min && (Max is null || value <= Max);
}
