namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>
/// The destinations of a tier and their tokens in <c>alerts_history.sent_to</c> (comma separated): <c>pagerduty</c>,
/// <c>slack:#ops</c>, or the same prefixed <c>outbox:</c> when written to the outbox instead. A resolution row waiting
/// to be sent also carries <see cref="Pending"/>.
/// </summary>
public static class OpsDestinations
{
    public const string PagerDuty = "pagerduty";
    public const string SlackOps = "slack:#ops";
    public const string OutboxPrefix = "outbox:";
    public const string Pending = "pending";

    /// <summary>Written on the resolution of an alert whose trigger was never sent: nobody is told it closed.</summary>
    public const string NotSent = "not_sent";

    /// <summary>P1 pages and posts to #ops; high posts to #ops.</summary>
    public static IReadOnlyList<string> For(OpsTier tier) => tier == OpsTier.Critical ? [PagerDuty, SlackOps] : [SlackOps];

    public static IReadOnlyList<string> Parse(string? sentTo) =>
        string.IsNullOrWhiteSpace(sentTo) ? [] : [.. sentTo.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static string Format(IEnumerable<string> tokens) => string.Join(',', tokens.Distinct(StringComparer.Ordinal));

    /// <summary>The tier's destinations not yet reached, directly or through the outbox.</summary>
    public static IReadOnlyList<string> Missing(OpsTier tier, IReadOnlyList<string> sent) =>
        [.. For(tier).Where(d => !sent.Contains(d, StringComparer.Ordinal) && !sent.Contains(OutboxPrefix + d, StringComparer.Ordinal))];
}
