using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.Core.Evaluation;
using VoiceAnalytics.LocalHost.Cli;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Analysis.Llm;

/// <summary><c>eval --analyzer</c>: the same scorer over the rules, the model alone, or the merged values.</summary>
public sealed class LlmEvaluationTests : IDisposable
{
    private readonly AzureOpenAIServer _server = new();
    private readonly TempFolder _calls = new();

    public LlmEvaluationTests()
    {
        File.WriteAllText(Path.Combine(_calls.Path, "llm-001.json"), LlmPayloads.CallJson());
        File.WriteAllText(Path.Combine(_calls.Path, "llm-001.labels.json"), """{"labels": {"integration_needs": ["salesforce"], "qualification_tier": "Tier 1"}}""");
    }

    public void Dispose()
    {
        _server.Dispose();
        _calls.Dispose();
    }

    [Theory]
    [InlineData("rules", false)]
    [InlineData("llm", true)]
    [InlineData("merged", true)]
    public void Evaluate_ByAnalyzer_ScoresTheValuesOfThatPath(string mode, bool findsSalesforce)
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.SalesforceAnswer());
        using var harness = new LlmHarness(_server);
        var evaluator = mode switch
        {
            "llm" => new Evaluator(harness.Analyzers, ModelLabelProjection.Project),
            "merged" => new Evaluator(harness.Analyzers),
            _ => new Evaluator(harness.Analyzers.Where(a => a is not LlmAnalyzer)),
        };

        var result = evaluator.Evaluate(LabeledCall.Find(_calls.Path));

        var labels = Assert.Single(result.Predictions).Labels;
        Assert.Equal(findsSalesforce, labels["integration_needs"] is IEnumerable<string> needs && needs.Contains("salesforce"));
        Assert.Equal(mode == "rules" ? 0 : 1, _server.Requests().Count);
    }

    [Fact]
    public void EvalCommand_ModelPathWithoutEndpoint_ExitsWithUsage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = EvalCommand.Run([_calls.Path, "--analyzer", "llm"], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("Llm:Endpoint", error.ToString(), StringComparison.Ordinal);
    }
}
