using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Alerts.Business;

/// <summary>The business alerts of data-flow spec 7.3 (Slack #sales): when a lead is hot, and where the links point.</summary>
public sealed class BusinessAlertOptions : IValidatableObject
{
    public const string Section = "BusinessAlerts";

    /// <summary>A lead is hot when its score is above this (spec: "Score &gt;80"); a score equal to it is not.</summary>
    [Range(0, 100)]
    public int HotLeadScoreAbove { get; set; } = 80;

    /// <summary>Link to a session's transcript, with <c>{sessionId}</c> in it; no link when empty.</summary>
    public string? TranscriptUrlTemplate { get; set; }

    /// <summary>Link to a competitor's battlecard, with <c>{competitor}</c> in it (e.g. <c>docusign</c>); no link when empty.</summary>
    public string? BattlecardUrlTemplate { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsUrlTemplate(TranscriptUrlTemplate, "{sessionId}"))
        {
            yield return new ValidationResult("BusinessAlerts:TranscriptUrlTemplate must be an absolute http(s) URL containing {sessionId}.", [nameof(TranscriptUrlTemplate)]);
        }

        if (!IsUrlTemplate(BattlecardUrlTemplate, "{competitor}"))
        {
            yield return new ValidationResult("BusinessAlerts:BattlecardUrlTemplate must be an absolute http(s) URL containing {competitor}.", [nameof(BattlecardUrlTemplate)]);
        }
    }

    private static bool IsUrlTemplate(string? template, string placeholder) =>
        string.IsNullOrWhiteSpace(template)
        || (template.Contains(placeholder, StringComparison.Ordinal)
            && Uri.TryCreate(template.Replace(placeholder, "x", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
