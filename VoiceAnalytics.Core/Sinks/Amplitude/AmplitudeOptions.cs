using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>
/// The HTTP V2 API (https://amplitude.com/docs/apis/analytics/http-v2) and how hard to retry it, after
/// "Batch and retry HTTP V2 API requests" (https://amplitude.com/docs/apis/analytics/http-api-batching-retries).
/// </summary>
public sealed class AmplitudeOptions
{
    public const string Section = "Amplitude";

    /// <summary>Project API key; it travels in the request body (<c>api_key</c>).</summary>
    [Required]
    public string ApiKey { get; set; } = "";

    /// <summary><c>https://api2.amplitude.com/2/httpapi</c>, or <c>https://api.eu.amplitude.com/2/httpapi</c> for EU residency.</summary>
    [Required, Url]
    public string Endpoint { get; set; } = "https://api2.amplitude.com/2/httpapi";

    /// <summary>Events per request; the API takes up to 2,000 (and under 1 MB) and answers 413 above that.</summary>
    [Range(1, 2000)]
    public int MaxBatchEvents { get; set; } = 1000;

    /// <summary><c>options.min_id_length</c> of the request; the API's default is 5 characters for user and device ids.</summary>
    [Range(1, 100)]
    public int? MinIdLength { get; set; }

    /// <summary>Retries of one request after 429 Too Many Requests.</summary>
    [Range(0, 20)]
    public int MaxThrottleRetries { get; set; } = 3;

    /// <summary>Wait after a 429 without <c>Retry-After</c>: Amplitude asks to pause a throttled user or device for 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ThrottleBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of one request after a 5xx, a 408, a network error or a timeout.</summary>
    [Range(0, 20)]
    public int MaxServerErrorRetries { get; set; } = 3;

    /// <summary>Wait before the first of those retries; it doubles for each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ServerErrorBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A <c>Retry-After</c> longer than this is not waited for in-process: the events come back as unsent.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Time limit of one HTTP request.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
