using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.Tests.Sinks.Salesforce;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace VoiceAnalytics.Tests.Analysis.Llm;

/// <summary>
/// A local Azure OpenAI endpoint (WireMock on 127.0.0.1) speaking the chat-completions wire format:
/// POST /openai/deployments/{deployment}/chat/completions?api-version=..., answers
/// {"id","object":"chat.completion","created","model","choices":[{"index","message":{"role","content"},"finish_reason"}],"usage"},
/// errors {"error":{"code","message"}} (https://learn.microsoft.com/en-us/azure/ai-services/openai/reference).
/// </summary>
internal sealed class AzureOpenAIServer : IDisposable
{
    public const string Cheap = "gpt-4o-mini";
    public const string Strong = "gpt-4o";

    public WireMockServer Server { get; } = LoopbackWireMock.Start();

    public string Url => Server.Url!;

    public static string PathOf(string deployment) => $"/openai/deployments/{deployment}/chat/completions";

    public static IRequestBuilder Completions(string deployment) => Request.Create().WithPath(PathOf(deployment)).UsingPost();

    public void Answer(string deployment, ModelAnswer answer, string finishReason = "stop") =>
        Server.Given(Completions(deployment)).RespondWith(Completion(JsonSerializer.Serialize(answer, LlmJson.Options), finishReason));

    public static IResponseBuilder Completion(string content, string finishReason = "stop", int promptTokens = 1200, int completionTokens = 300) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_790_000_000,
            model = "gpt-4o-mini",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = finishReason } },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        }));

    public static IResponseBuilder Error(int status, string code, string message) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json")
            .WithBody(JsonSerializer.Serialize(new { error = new { code, message } }));

    public IReadOnlyList<ILogEntry> Requests(string? deployment = null) =>
        [.. Server.LogEntries.Where(e => deployment is null || e.RequestMessage!.Path == PathOf(deployment)).OrderBy(e => e.RequestMessage!.DateTime)];

    public static JsonElement BodyOf(ILogEntry entry) => JsonDocument.Parse(entry.RequestMessage!.Body!).RootElement;

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }
}
