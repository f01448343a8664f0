using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using WireMock.RequestBuilders;

namespace VoiceAnalytics.Tests.Analysis.Llm;

/// <summary>The model path end to end: real services, real Azure OpenAI client, a local server speaking its wire format.</summary>
public sealed class LlmAnalyzerTests : IDisposable
{
    private readonly AzureOpenAIServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Analyze_GoodAnswer_MergesIntoRuleResultsThatScoringReads()
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.SalesforceAnswer());
        using var harness = new LlmHarness(_server);

        var results = await harness.AnalyzeAsync(LlmPayloads.Call());

        var report = (LlmAnalysisReport)results[LlmAnalyzer.AnalyzerName];
        Assert.Equal(LlmStatus.Merged, report.Status);
        var integrations = report.Fields.Single(f => f.Field == "integration_needs");
        Assert.Equal(Provenance.Llm, integrations.Provenance);
        Assert.Equal(["salesforce"], integrations.Final);
        Assert.Contains(results.Get<SalesIntelligenceReport>()!.ProductFit.IntegrationNeeds, n => n.Value == "salesforce" && n.Evidence!.ItemId == "i2");
        Assert.Equal("Tier 1", results.Get<LeadScoreReport>()!.QualificationTier);
        // 1200 prompt + 300 completion tokens at 0.15 / 0.60 USD per million.
        Assert.Equal(1200, report.PromptTokens);
        Assert.Equal(0.00036, report.CostUsd, 6);
    }

    [Fact]
    public async Task Analyze_Request_HasTheAzureChatCompletionsShape()
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.SalesforceAnswer());
        using var harness = new LlmHarness(_server);

        await harness.AnalyzeAsync(LlmPayloads.Call());

        var request = Assert.Single(_server.Requests()).RequestMessage!;
        Assert.Equal(AzureOpenAIServer.PathOf(AzureOpenAIServer.Cheap), request.Path);
        Assert.Equal("2024-10-21", request.Query!["api-version"].Single());
        Assert.Equal("test-api-key", request.Headers!["api-key"].Single());
        var body = JsonDocument.Parse(request.Body!).RootElement;
        Assert.Equal(["system", "user"], body.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString()!));
        var format = body.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        var schema = format.GetProperty("json_schema");
        Assert.Equal(LlmJson.SchemaName, schema.GetProperty("name").GetString());
        Assert.True(schema.GetProperty("strict").GetBoolean());
        Assert.Equal("object", schema.GetProperty("schema").GetProperty("type").GetString());
        Assert.True(schema.GetProperty("schema").GetProperty("properties").TryGetProperty("monthly_volume", out _));
    }

    [Fact]
    public async Task Analyze_QuoteNotInTranscript_DropsTheValue()
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.Answer(teamSize: new ModelNumber(50, 0.9, "we have fifty people who would use it")));
        using var harness = new LlmHarness(_server);

        var results = await harness.AnalyzeAsync(LlmPayloads.Call());

        var report = (LlmAnalysisReport)results[LlmAnalyzer.AnalyzerName];
        Assert.Contains(report.Dropped, d => d.Field == "team_size" && d.Value == "50" && d.Reason == AnswerValidator.QuoteNotFound);
        Assert.Null(results.Get<SalesIntelligenceReport>()!.Sizing.TeamSize);
        Assert.Equal(Provenance.Rules, report.Fields.Single(f => f.Field == "team_size").Provenance);
    }

    [Fact]
    public async Task Analyze_ValueOutsideTheEnum_IsDropped()
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.Answer(integrations: [new ModelLabel("honeybook", 0.9, LlmPayloads.CrmQuote)]));
        using var harness = new LlmHarness(_server);

        var report = (LlmAnalysisReport)(await harness.AnalyzeAsync(LlmPayloads.Call()))[LlmAnalyzer.AnalyzerName];

        Assert.Contains(report.Dropped, d => d.Value == "honeybook" && d.Reason == AnswerValidator.NotAllowed);
        Assert.Empty(report.Fields.Single(f => f.Field == "integration_needs").Final);
    }

    [Fact]
    public async Task Analyze_TooManyRequestsThenSuccess_RetriesAfterTheServersWait()
    {
        _server.Server.Given(AzureOpenAIServer.Completions(AzureOpenAIServer.Cheap)).InScenario("throttle").WillSetStateTo("open")
            .RespondWith(AzureOpenAIServer.Error(429, "429", "Rate limit is exceeded.").WithHeader("retry-after-ms", "200").WithHeader("retry-after", "1"));
        _server.Server.Given(AzureOpenAIServer.Completions(AzureOpenAIServer.Cheap)).InScenario("throttle").WhenStateIs("open")
            .RespondWith(AzureOpenAIServer.Completion(JsonSerializer.Serialize(LlmPayloads.SalesforceAnswer(), LlmJson.Options)));
        using var harness = new LlmHarness(_server);

        var results = await harness.AnalyzeAsync(LlmPayloads.Call());

        var requests = _server.Requests();
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].RequestMessage!.DateTime - requests[0].RequestMessage!.DateTime >= TimeSpan.FromMilliseconds(180), "waited retry-after-ms");
        Assert.Equal(LlmStatus.Merged, ((LlmAnalysisReport)results[LlmAnalyzer.AnalyzerName]).Status);
    }

    [Fact]
    public async Task Analyze_ServerErrorStorm_FallsBackToRuleValues()
    {
        _server.Server.Given(AzureOpenAIServer.Completions(AzureOpenAIServer.Cheap)).RespondWith(AzureOpenAIServer.Error(500, "InternalServerError", "The server had an error."));
        using var harness = new LlmHarness(_server);
        using var rulesOnly = new LlmHarness(null);

        var results = await harness.AnalyzeAsync(LlmPayloads.Call());
        var expected = await rulesOnly.AnalyzeAsync(LlmPayloads.Call());

        Assert.Equal(4, _server.Requests().Count); // the first attempt and three retries
        var report = (LlmAnalysisReport)results[LlmAnalyzer.AnalyzerName];
        Assert.Equal(LlmStatus.RulesOnly, report.Status);
        Assert.Equal(LlmFallback.Unavailable, report.Fallback);
        Assert.Equal(Json(expected, "sales_intelligence"), Json(results, "sales_intelligence"));
        Assert.Equal(Json(expected, "lead_scoring"), Json(results, "lead_scoring"));
    }

    [Theory]
    [InlineData("content_filter", LlmFallback.ContentFilter)]
    [InlineData("length", LlmFallback.Truncated)]
    public async Task Analyze_UnusableFinish_FallsBackAndSaysWhy(string finishReason, string fallback)
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.SalesforceAnswer(), finishReason);
        using var harness = new LlmHarness(_server);

        var report = (LlmAnalysisReport)(await harness.AnalyzeAsync(LlmPayloads.Call()))[LlmAnalyzer.AnalyzerName];

        Assert.Equal(LlmStatus.RulesOnly, report.Status);
        Assert.Equal(fallback, report.Fallback);
        Assert.True(report.Calls.Single().PromptTokens > 0, "a truncated or filtered answer is still paid for");
    }

    [Fact]
    public async Task Analyze_InvalidJson_FallsBack()
    {
        _server.Server.Given(AzureOpenAIServer.Completions(AzureOpenAIServer.Cheap)).RespondWith(AzureOpenAIServer.Completion("{\"team_size\": "));
        using var harness = new LlmHarness(_server);

        var report = (LlmAnalysisReport)(await harness.AnalyzeAsync(LlmPayloads.Call()))[LlmAnalyzer.AnalyzerName];

        Assert.Equal(LlmFallback.InvalidJson, report.Fallback);
    }

    [Fact]
    public async Task Analyze_PromptRejectedByContentFilter_FallsBack()
    {
        _server.Server.Given(AzureOpenAIServer.Completions(AzureOpenAIServer.Cheap))
            .RespondWith(AzureOpenAIServer.Error(400, "content_filter", "The response was filtered due to the prompt triggering Azure OpenAI's content management policy."));
        using var harness = new LlmHarness(_server);

        var report = (LlmAnalysisReport)(await harness.AnalyzeAsync(LlmPayloads.Call()))[LlmAnalyzer.AnalyzerName];

        Assert.Single(_server.Requests()); // a 400 is not retried
        Assert.Equal(LlmFallback.ContentFilter, report.Fallback);
    }

    [Fact]
    public async Task Analyze_SameTranscriptAgain_IsServedFromTheCache()
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.SalesforceAnswer());
        using var harness = new LlmHarness(_server);

        await harness.AnalyzeAsync(LlmPayloads.Call());
        var again = await harness.AnalyzeAsync(LlmPayloads.Call());

        Assert.Single(_server.Requests());
        var report = (LlmAnalysisReport)again[LlmAnalyzer.AnalyzerName];
        Assert.True(report.Calls.Single().Cached);
        Assert.Equal(0, report.CostUsd);
        Assert.Equal(LlmStatus.Merged, report.Status);
    }

    [Fact]
    public async Task Analyze_BudgetSpent_RulesOnlyAndOneOpsAlert()
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.SalesforceAnswer());
        using var harness = new LlmHarness(_server, new Dictionary<string, string?> { ["Llm:DailyBudgetUsd"] = "0.0001" });

        await harness.AnalyzeAsync(LlmPayloads.Call("budget-1"));
        var second = await harness.AnalyzeAsync(LlmPayloads.Call("budget-2") with { UserName = "Someone Else" });

        Assert.Single(_server.Requests());
        var report = (LlmAnalysisReport)second[LlmAnalyzer.AnalyzerName];
        Assert.Equal(LlmFallback.BudgetExhausted, report.Fallback);
        Assert.DoesNotContain(second.Get<SalesIntelligenceReport>()!.ProductFit.IntegrationNeeds, n => n.Value == "salesforce");

        var rule = harness.Services.GetServices<IOpsRule>().OfType<LlmBudgetRule>().Single();
        var keeper = harness.Services.GetRequiredService<OpsAlertKeeper>();
        var now = DateTimeOffset.UtcNow;
        await keeper.ApplyAsync(rule, await rule.EvaluateAsync(now, default), now, default);
        await keeper.ApplyAsync(rule, await rule.EvaluateAsync(now, default), now.AddMinutes(2), default);
        var alerts = await harness.Services.GetRequiredService<IAlertHistory>().ListAsync(now.AddHours(-1), now.AddHours(1), default);
        Assert.Single(alerts, a => a.AlertName == "llm_budget");
    }

    [Fact]
    public async Task Analyze_TierOneAfterTheCheapPass_IsReRunOnTheStrongDeployment()
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.SalesforceAnswer());
        _server.Answer(AzureOpenAIServer.Strong, LlmPayloads.SalesforceAnswer());
        using var harness = new LlmHarness(_server, new Dictionary<string, string?> { ["Llm:Deployments:Strong"] = AzureOpenAIServer.Strong });

        var report = (LlmAnalysisReport)(await harness.AnalyzeAsync(LlmPayloads.Call()))[LlmAnalyzer.AnalyzerName];

        var requests = _server.Requests();
        Assert.Equal([AzureOpenAIServer.PathOf(AzureOpenAIServer.Cheap), AzureOpenAIServer.PathOf(AzureOpenAIServer.Strong)], requests.Select(r => r.RequestMessage!.Path));
        Assert.Equal(AzureOpenAIServer.Strong, report.Deployment);
        Assert.Equal(["cheap", "strong"], report.Calls.Select(c => c.Purpose));
    }

    [Fact]
    public async Task Analyze_TierTwoAfterTheCheapPass_StaysOnTheCheapDeployment()
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.Answer());
        _server.Answer(AzureOpenAIServer.Strong, LlmPayloads.SalesforceAnswer());
        using var harness = new LlmHarness(_server, new Dictionary<string, string?> { ["Llm:Deployments:Strong"] = AzureOpenAIServer.Strong });

        var report = (LlmAnalysisReport)(await harness.AnalyzeAsync(LlmPayloads.Call()))[LlmAnalyzer.AnalyzerName];

        Assert.Empty(_server.Requests(AzureOpenAIServer.Strong));
        Assert.Equal(AzureOpenAIServer.Cheap, report.Deployment);
    }

    [Fact]
    public async Task Analyze_RequestBody_CarriesNoPersonalData()
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.SalesforceAnswer());
        using var harness = new LlmHarness(_server);

        await harness.AnalyzeAsync(LlmPayloads.Call());

        var body = Assert.Single(_server.Requests()).RequestMessage!.Body!;
        Assert.DoesNotContain("dana@whitfieldlaw.com", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("415-555-0134", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Whitfield", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[EMAIL]", body, StringComparison.Ordinal);
        Assert.Contains("[PHONE]", body, StringComparison.Ordinal);
        Assert.Contains("[USER]", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_Cancelled_Throws()
    {
        _server.Server.Given(AzureOpenAIServer.Completions(AzureOpenAIServer.Cheap))
            .RespondWith(AzureOpenAIServer.Completion(JsonSerializer.Serialize(LlmPayloads.SalesforceAnswer(), LlmJson.Options)).WithDelay(TimeSpan.FromSeconds(5)));
        using var harness = new LlmHarness(_server);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.AnalyzeAsync(LlmPayloads.Call(), cancellation.Token));
    }

    [Fact]
    public async Task Unconfigured_RegistersNothingThatCallsOut_AndReportsAsToday()
    {
        using var harness = new LlmHarness(null);

        var results = await harness.AnalyzeAsync(LlmPayloads.Call());

        Assert.DoesNotContain(harness.Analyzers, a => a is LlmAnalyzer);
        Assert.Null(harness.Services.GetService<ILlmChatClients>());
        Assert.DoesNotContain(harness.Services.GetServices<IOpsRule>(), r => r is LlmBudgetRule);
        Assert.False(results.ContainsKey(LlmAnalyzer.AnalyzerName));
        Assert.Equal(9, results.Count);
    }

    private static string Json(AnalysisResults results, string name) => JsonSerializer.Serialize(results[name], results[name].GetType(), ReportJson.Options);
}
