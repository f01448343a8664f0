using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Analysis.Llm;

namespace VoiceAnalytics.Tests.Analysis.Llm;

public sealed class LlmOptionsTests
{
    [Fact]
    public void Options_EndpointWithoutCheapDeploymentOrWithBadVersion_FailWithMessagesNamingTheSettings()
    {
        using var harness = new LlmHarness(null, new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = "https://example.openai.azure.com",
            ["Llm:ApiVersion"] = "2023-01-01",
        });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains("Llm:Deployments:Cheap", error.Message, StringComparison.Ordinal);
        Assert.Contains("Llm:ApiVersion", error.Message, StringComparison.Ordinal);
    }
}
