namespace VoiceAnalytics.Core.Reports.Digest;

/// <summary>
/// The main reason a call scored low, from the red-flag codes of its quality analysis (<c>QualityNotes.RedFlags</c>),
/// worded as in spec 7.4 ("High interruptions", "User frustration detected", "Abrupt ending"). The first code in
/// <see cref="ByPriority"/> wins: what the user felt comes before how the call was run.
/// </summary>
internal static class LowEngagementReason
{
    private static readonly (string Code, string Reason)[] ByPriority =
    [
        ("negative_sentiment", "User frustration detected"),
        ("negative_trend", "User frustration detected"),
        ("interruptions", "High interruptions"),
        ("unresolved_questions", "Questions left unanswered"),
        ("abrupt_ending", "Abrupt ending"),
        ("tool_failures", "Failed tool calls or empty searches"),
        ("dead_air", "Long dead air"),
        ("user_disengaged", "User disengaged"),
        ("long_agent_monologue", "Long agent monologues"),
        ("user_dominating", "Agent left user turns unanswered"),
    ];

    public const string Unknown = "Low quality score";

    public static string From(IReadOnlyCollection<string> redFlagCodes) =>
        ByPriority.FirstOrDefault(p => redFlagCodes.Contains(p.Code)).Reason ?? Unknown;
}
