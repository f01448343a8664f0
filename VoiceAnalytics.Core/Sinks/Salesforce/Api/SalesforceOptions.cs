using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>
/// Connection to the Salesforce org through the OAuth 2.0 client-credentials flow of an external client app
/// (https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_client_credentials_flow.htm).
/// </summary>
public sealed class SalesforceOptions
{
    public const string Section = "Salesforce";

    /// <summary>
    /// The org's My Domain URL (<c>https://acme.my.salesforce.com</c>). API calls go to the token response's
    /// <c>instance_url</c>; this is the fallback when the response carries none.
    /// </summary>
    [Url]
    public string? InstanceUrl { get; set; }

    /// <summary>Where tokens are requested (<c>{LoginUrl}/services/oauth2/token</c>); the client-credentials flow needs the My Domain URL.</summary>
    [Required, Url]
    public string LoginUrl { get; set; } = "https://login.salesforce.com";

    /// <summary>Consumer key of the external client app.</summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>Consumer secret of the external client app.</summary>
    [Required]
    public string ClientSecret { get; set; } = "";

    [Required, RegularExpression(@"^v\d+\.\d+$")]
    public string ApiVersion { get; set; } = "v60.0";

    /// <summary>Custom object holding one record per analyzed call.</summary>
    [Required]
    public string CallObject { get; set; } = "Voice_Call__c";

    /// <summary>External-id field of <see cref="CallObject"/> that carries our session id (the upsert key).</summary>
    [Required]
    public string CallExternalIdField { get; set; } = "Session_Id__c";

    /// <summary>
    /// How long a token is reused before a new one is requested even without a 401. The token response has no
    /// <c>expires_in</c>; the org's session timeout (2 hours by default) decides, and a 401 always forces a refresh.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(90);

    /// <summary>Retries of idempotent requests (GET, PATCH) after a 5xx, a 408 or a network error, by the HTTP client's resilience handler.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Delay before the first of those retries; it grows exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time limit of one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Where a call's full JSON can be read: <c>Transcript_URL__c</c> and the Task's transcript link are this URL followed
    /// by the escaped session id (<c>https://va.example.com/api/sessions/</c>). Unset: no link is written.
    /// </summary>
    [Url]
    public string? TranscriptBaseUrl { get; set; }

    /// <summary>
    /// Text field on Task that carries the session id of the follow-up Task, looked up before creating one so a session
    /// delivered again gets no second Task. Activities cannot have external-id fields, and a Task's Description (long
    /// text) cannot be filtered in SOQL, hence a plain text field the org adds to Activity.
    /// </summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9_]*$")]
    public string TaskSessionIdField { get; set; } = "Voice_Session_Id__c";

    /// <summary>
    /// User id (<c>005...</c>) that owns the follow-up Tasks. Unset: the Task goes to the integration user and the org's
    /// own assignment (territory rules, round-robin flows) takes it from there.
    /// </summary>
    public string? FollowUpOwnerId { get; set; }

    /// <summary>
    /// The sink talks to Salesforce when the client credentials are set (<see cref="ClientId"/> and
    /// <see cref="ClientSecret"/>; <see cref="LoginUrl"/> has a default and <see cref="InstanceUrl"/> is optional);
    /// otherwise it writes what it would send to the outbox.
    /// </summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret) && Uri.TryCreate(LoginUrl, UriKind.Absolute, out _);
}
