using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Tests.Analysis.Llm;

public sealed class LlmCostTests : IDisposable
{
    private readonly AzureOpenAIServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Warehouse_SessionWithModelAnalysis_StoresItsCostAndTheCostBurnFiguresCountIt()
    {
        _server.Answer(AzureOpenAIServer.Cheap, LlmPayloads.SalesforceAnswer());
        using var harness = new LlmHarness(_server);
        var session = LlmPayloads.Call();
        var results = await harness.AnalyzeAsync(session);
        var report = new SessionReport
        {
            SessionId = session.SessionId,
            AnalyzedAt = session.StartTime.AddMinutes(5),
            AnalyzerVersions = harness.Analyzers.ToDictionary(a => a.Name, a => a.Version),
            Results = results.ToDictionary(),
        };

        await harness.Services.GetServices<ISessionSink>().OfType<WarehouseSink>().Single().DeliverAsync(session, report, default);
        var cost = await harness.Services.GetRequiredService<IOpsFigures>().CostAsync(session.StartTime.AddHours(-1), session.StartTime.AddHours(1), default);

        var llm = (LlmAnalysisReport)results[LlmAnalyzer.AnalyzerName];
        Assert.True(llm.CostUsd > 0);
        Assert.Equal(llm.CostUsd, cost.AnalysisLlmUsd, 9);
        Assert.True(cost.TotalUsd >= cost.AnalysisLlmUsd);
    }
}
