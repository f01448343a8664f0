namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>How the caller spoke about the competitor.</summary>
public enum CompetitorTone
{
    Neutral,

    /// <summary>Frustrated with the competitor: good for us.</summary>
    Negative,

    /// <summary>Happy with the competitor: a risk.</summary>
    Positive,
}
