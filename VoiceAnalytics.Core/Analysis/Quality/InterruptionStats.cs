namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// User interruptions of the agent: count, rate per minute (targets: fewer than 3, under 0.5/min) and their context.
/// <see cref="Source"/> (one of <see cref="InterruptionSources"/>) says where <see cref="Count"/> came from;
/// <see cref="Events"/> always come from the transcript's interrupted messages, so with the metrics as source the two
/// may differ. <see cref="Backchannels"/> (the user's "mm-hm"s the model let pass) is known only from the metrics.
/// </summary>
public sealed record InterruptionStats(
    int Count,
    double? PerMinute,
    bool WithinTarget,
    int Excited,
    int Frustrated,
    IReadOnlyList<InterruptionEvent> Events,
    string Source = InterruptionSources.Transcript,
    int? Backchannels = null);
