namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// Section <c>Llm</c>: the Azure OpenAI endpoint and deployments of the language-model analysis. No endpoint means
/// rules only, exactly as without this feature: nothing is registered that calls out.
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "Llm";

    /// <summary>The API versions Azure.AI.OpenAI 2.1.0 speaks (its <c>ServiceVersion</c>).</summary>
    public static readonly IReadOnlyList<string> SupportedApiVersions = ["2024-06-01", "2024-10-21"];

    /// <summary>https://{resource}.openai.azure.com; empty turns the model path off.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Sent as the <c>api-key</c> header; empty uses <c>DefaultAzureCredential</c> (managed identity, CLI login).</summary>
    public string? ApiKey { get; set; }

    public string ApiVersion { get; set; } = "2024-10-21";

    public LlmDeployments Deployments { get; set; } = new();

    /// <summary>USD per million tokens by deployment name, for the cost in the report and the daily budget.</summary>
    public Dictionary<string, LlmPrice> Prices { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>One attempt's limit; a timed-out attempt is retried like a 5xx.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff of a 5xx, timeout or network error; doubles each retry (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait a 429's <c>retry-after</c> / <c>retry-after-ms</c> may ask for.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Reached (in <c>Timers:TimeZone</c>'s day) means rules only until the next day, with one ops alert.</summary>
    public double DailyBudgetUsd { get; set; } = 20;

    public int MaxOutputTokens { get; set; } = 4000;

    /// <summary>Longest transcript sent, in characters; a longer one is cut at a message boundary.</summary>
    public int MaxTranscriptCharacters { get; set; } = 60_000;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);

    public LlmPrice PriceOf(string deployment) => Prices.TryGetValue(deployment, out var price) ? price : new LlmPrice();

    /// <summary>Every fault of a configured section, one line each; empty when valid or unconfigured.</summary>
    public IReadOnlyList<string> Problems()
    {
        if (!IsConfigured)
        {
            return [];
        }

        var problems = new List<string>();
        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add("Llm:Endpoint must be an absolute http(s) URL such as https://my-resource.openai.azure.com.");
        }

        if (string.IsNullOrWhiteSpace(Deployments.Cheap))
        {
            problems.Add("Llm:Deployments:Cheap is required when Llm:Endpoint is set (the deployment every call uses).");
        }

        if (!SupportedApiVersions.Contains(ApiVersion, StringComparer.Ordinal))
        {
            problems.Add($"Llm:ApiVersion must be one of {string.Join(", ", SupportedApiVersions)}.");
        }

        if (Timeout <= TimeSpan.Zero || RetryBaseDelay < TimeSpan.Zero || MaxRetryAfter < TimeSpan.Zero)
        {
            problems.Add("Llm:Timeout must be positive; Llm:RetryBaseDelay and Llm:MaxRetryAfter must not be negative.");
        }

        if (MaxRetries is < 0 or > 10 || DailyBudgetUsd < 0 || MaxOutputTokens is < 256 or > 100_000 || MaxTranscriptCharacters < 1000)
        {
            problems.Add("Llm:MaxRetries must be 0-10, Llm:DailyBudgetUsd not negative, Llm:MaxOutputTokens 256-100000, Llm:MaxTranscriptCharacters at least 1000.");
        }

        if (Prices.Values.Any(p => p.InputPerMillion < 0 || p.OutputPerMillion < 0))
        {
            problems.Add("Llm:Prices:<deployment>:InputPerMillion and OutputPerMillion must not be negative.");
        }

        return problems;
    }
}
