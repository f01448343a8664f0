using System.Globalization;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Alerts.Slack.Blocks;

namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>
/// The #ops messages of spec 7.1/7.2 as Block Kit: a header with the tier, the alert text, its figures as fields,
/// small print with the rule and times. High alerts mention @here, as spec 7.2 asks.
/// </summary>
public static class OpsSlackMessages
{
    private const string Here = "<!here>";

    public static SlackMessage Trigger(AlertRecord alert, OpsTier tier)
    {
        var label = tier == OpsTier.Critical ? ":rotating_light: CRITICAL (P1)" : ":warning: HIGH (P2)";
        var text = SlackMrkdwn.Escape(alert.Message);
        var mention = tier == OpsTier.High ? Here + " " : "";
        return new SlackMessage(
            $"{mention}{label}: {text}",
            [
                HeaderBlock.Of($"{(tier == OpsTier.Critical ? "🚨 CRITICAL" : "⚠️ HIGH")}: {alert.Message}"),
                SectionBlock.Markdown($"{mention}{SlackMrkdwn.Bold(text)}"),
                .. Fields(alert),
                ContextBlock.Markdown(
                    $"Alert `{SlackMrkdwn.Escape(alert.AlertName)}` #{alert.Id.ToString(CultureInfo.InvariantCulture)}",
                    $"Triggered {SlackMrkdwn.Date(alert.TriggeredAt)}"),
            ]);
    }

    public static SlackMessage Resolve(AlertRecord alert, DateTimeOffset resolvedAt)
    {
        var text = SlackMrkdwn.Escape(alert.Message);
        return new SlackMessage(
            $":white_check_mark: RESOLVED: {text}",
            [
                HeaderBlock.Of($"✅ RESOLVED: {alert.Message}"),
                SectionBlock.Markdown($"{SlackMrkdwn.Bold("Resolved:")} {text}"),
                ContextBlock.Markdown(
                    $"Alert `{SlackMrkdwn.Escape(alert.AlertName)}` #{alert.Id.ToString(CultureInfo.InvariantCulture)}",
                    $"Triggered {SlackMrkdwn.Date(alert.TriggeredAt)}",
                    $"Resolved {SlackMrkdwn.Date(resolvedAt)}"),
            ]);
    }

    private static IEnumerable<SlackBlock> Fields(AlertRecord alert)
    {
        var figures = AlertContext.Read(alert.Context);
        if (figures.Count == 0)
        {
            yield break;
        }

        yield return SectionBlock.WithFields(figures.Select(f => $"{SlackMrkdwn.Bold(SlackMrkdwn.Escape(f.Key))}\n{SlackMrkdwn.Escape(AlertContext.Show(f.Value))}"));
    }
}
