using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>
/// Retention and redaction rules of data-flow spec 8.2 (section <c>Privacy</c>); every default is the spec's.
/// Validated at start: a day count outside its range or a short hash key stops the host with the setting's name.
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Raw payloads are deleted this many days after they were received (spec: 90 days hot).</summary>
    [Range(1, 3650, ErrorMessage = "Privacy:RawPayloadDays must be between 1 and 3650 days.")]
    public int RawPayloadDays { get; set; } = 90;

    /// <summary>Sessions that are not Tier 1 have their personal data redacted this many days after the call ended.</summary>
    [Range(1, 3650, ErrorMessage = "Privacy:RedactAfterDays must be between 1 and 3650 days.")]
    public int RedactAfterDays { get; set; } = 30;

    /// <summary>The tier whose sessions keep their personal data (spec: Tier 1 until the deal closes + 1 year).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Privacy:RetainedTier must name the qualified tier, e.g. 'Tier 1'.")]
    public string RetainedTier { get; set; } = Scoring.QualificationTierRule.Qualified;

    /// <summary>Per-turn metrics are kept at full granularity this many days, then rolled up into hourly summaries.</summary>
    [Range(1, 3650, ErrorMessage = "Privacy:MetricsDays must be between 1 and 3650 days.")]
    public int MetricsDays { get; set; } = 365;

    /// <summary>Rows of <c>alerts_history</c> are deleted this many days after they were triggered.</summary>
    [Range(1, 3650, ErrorMessage = "Privacy:AlertsHistoryDays must be between 1 and 3650 days.")]
    public int AlertsHistoryDays { get; set; } = 365;

    /// <summary>
    /// The secret of the keyed hash (HMAC-SHA256) that replaces emails and indexes people. Required in Azure; with
    /// local storage an empty key is generated once into <c>{Storage:Path}/dev-privacy-key.txt</c>. Never logged.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Privacy:HashKey is required (at least 32 characters); locally it is generated when Storage:Provider is Sqlite.")]
    [MinLength(32, ErrorMessage = "Privacy:HashKey must be at least 32 characters.")]
    public string HashKey { get; set; } = string.Empty;

    /// <summary>Rows or sessions one batch of the retention job handles.</summary>
    [Range(1, 10000, ErrorMessage = "Privacy:BatchSize must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 200;

    /// <summary>Batches per rule per run; what is left waits for the next run, so one run is bounded.</summary>
    [Range(1, 100000, ErrorMessage = "Privacy:MaxBatchesPerRun must be between 1 and 100000.")]
    public int MaxBatchesPerRun { get; set; } = 50;

    /// <summary>Most sessions one erasure request handles (a person with more is erased up to this many and the receipt says so).</summary>
    [Range(1, 100000, ErrorMessage = "Privacy:MaxSessionsPerErasure must be between 1 and 100000.")]
    public int MaxSessionsPerErasure { get; set; } = 10000;
}
