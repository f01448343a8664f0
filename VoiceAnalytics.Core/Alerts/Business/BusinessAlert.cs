using VoiceAnalytics.Core.Alerts.Slack.Blocks;

namespace VoiceAnalytics.Core.Alerts.Business;

/// <summary>
/// One #sales alert a session triggered. <see cref="Name"/> is its alerts_history alert_name, unique per session;
/// <see cref="Summary"/> and <see cref="Context"/> (JSON) go to alerts_history and hold no personal data; the Slack
/// <see cref="Message"/> names the lead, as the spec's formats do.
/// </summary>
public sealed record BusinessAlert(string Name, string Summary, string Context, SlackMessage Message);
