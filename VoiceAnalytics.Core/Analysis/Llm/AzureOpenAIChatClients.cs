using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// Azure OpenAI chat clients over one <see cref="AzureOpenAIClient"/>: <c>api-key</c> when a key is set, otherwise
/// <c>DefaultAzureCredential</c> (bearer token). Retries are ours (<see cref="LlmRetryHandler"/>, which honours
/// <c>retry-after-ms</c> and <c>retry-after</c>), so the SDK's own retry policy is off.
/// Wire format: POST {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=...
/// (https://learn.microsoft.com/en-us/azure/ai-services/openai/reference; structured outputs with
/// <c>response_format: {"type":"json_schema","json_schema":{"name","strict":true,"schema"}}</c>:
/// https://learn.microsoft.com/en-au/azure/ai-services/openai/how-to/structured-outputs).
/// </summary>
public sealed class AzureOpenAIChatClients : ILlmChatClients, IDisposable
{
    private readonly AzureOpenAIClient _client;
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, IChatClient> _byDeployment = new(StringComparer.Ordinal);

    public AzureOpenAIChatClients(IOptions<LlmOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        _http = new HttpClient(new LlmRetryHandler(settings, time) { InnerHandler = new SocketsHttpHandler() }) { Timeout = Timeout.InfiniteTimeSpan };
        var clientOptions = new AzureOpenAIClientOptions(ServiceVersionOf(settings.ApiVersion))
        {
            Transport = new HttpClientPipelineTransport(_http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        var endpoint = new Uri(settings.Endpoint!);
        _client = string.IsNullOrEmpty(settings.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(settings.ApiKey), clientOptions);
    }

    public IChatClient For(string deployment) => _byDeployment.GetOrAdd(deployment, d => _client.GetChatClient(d).AsIChatClient());

    public void Dispose() => _http.Dispose();

    private static AzureOpenAIClientOptions.ServiceVersion ServiceVersionOf(string apiVersion) => apiVersion switch
    {
        "2024-06-01" => AzureOpenAIClientOptions.ServiceVersion.V2024_06_01,
        _ => AzureOpenAIClientOptions.ServiceVersion.V2024_10_21,
    };
}
