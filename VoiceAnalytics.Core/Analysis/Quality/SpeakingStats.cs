namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// What the messages' speaking timestamps tell (livekit-agents 1.3+; every value is null for older payloads): silences
/// longer than 3 s between speech, each side's speaking time, the talk ratio and each side's longest monologue.
/// </summary>
/// <param name="DeadAirPercent">Silence in gaps over 3 s as a percentage of the call (target under 5).</param>
/// <param name="TalkRatio">User speaking time over agent speaking time.</param>
/// <param name="UserTalkShare">User speaking time over both sides' speaking time, 0-1.</param>
public sealed record SpeakingStats(
    bool HasTimestamps,
    double? DeadAirSeconds,
    double? DeadAirPercent,
    int SilentGaps,
    double? UserSpeakingSeconds,
    double? AgentSpeakingSeconds,
    double? TalkRatio,
    double? UserTalkShare,
    Monologue? LongestUserMonologue,
    Monologue? LongestAgentMonologue)
{
    public static SpeakingStats Unknown { get; } = new(false, null, null, 0, null, null, null, null, null, null);
}
