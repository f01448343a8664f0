using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>The shared suite: <see cref="Core.Warehouse.IOpsFigures"/>.</summary>
public abstract partial class WarehouseContract
{
    [Fact]
    public async Task LatestSessionStartAsync_Empty_Null() =>
        Assert.Null(await Ports.Ops.LatestSessionStartAsync(CancellationToken.None));

    [Fact]
    public async Task LatestSessionStartAsync_TheLatestStartWhateverTheWriteOrder()
    {
        await WriteAsync(Session("o-2", At(11), At(11, 30)), Session("o-3", At(12), null), Session("o-1", At(10), At(13)));

        Assert.Equal(At(12), await Ports.Ops.LatestSessionStartAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SessionOutcomesAsync_EndElseStart_FromInclusiveToExclusive()
    {
        var from = At(10);
        var to = At(10, 5);
        await WriteAsync(
            Session("e-at-from", At(9, 50), from),
            Session("e-just-before-to", At(9, 50), to.AddMilliseconds(-1)),
            Session("e-at-to", At(9, 50), to),
            Session("e-before", At(9, 50), from.AddMilliseconds(-1)),
            Session("e-no-end-inside", At(10, 2), null),
            Session("e-no-end-before", At(9, 59), null),
            Session("e-started-before-ended-inside", At(8), At(10, 3)));

        var ended = await Ports.Ops.SessionOutcomesAsync(from, to, CancellationToken.None);

        Assert.Equal(["e-at-from", "e-just-before-to", "e-no-end-inside", "e-started-before-ended-inside"], ended.Select(o => o.SessionId));
    }

    [Fact]
    public async Task SessionOutcomesAsync_TheRecordedCloseReasonFailedToolsAndConnectionFigures()
    {
        await WriteAsync(
            Session("f-closed", At(9), At(10, 1)).WithOutcome(closeReason: "error", packetLoss: 2.5, jitter: 31),
            Session("f-tools", At(9), At(10, 2)).WithOutcome(closeReason: "user_initiated", failedTools: ["book_sales_meeting", "unleash_search_knowledge"]),
            Session("f-jitter-only", At(9), At(10, 3)).WithOutcome(jitter: 12.5),
            Session("f-none", At(9), At(10, 4)));

        var outcomes = await Ports.Ops.SessionOutcomesAsync(At(10), At(11), CancellationToken.None);

        Assert.Equal(
            [
                "f-closed|error||2.5|31",
                "f-jitter-only|||-|12.5",
                "f-none|||-|-",
                "f-tools|user_initiated|book_sales_meeting,unleash_search_knowledge|-|-",
            ],
            outcomes.Select(o => string.Join('|', o.SessionId, o.CloseReason, string.Join(',', o.FailedTools), Number(o.PacketLossPercent), Number(o.JitterMs))));
    }

    [Fact]
    public async Task SessionOutcomesAsync_RewriteWithoutFigures_ClearsThem()
    {
        await WriteAsync(
            Session("f-1", At(9), At(10, 1)).WithOutcome(closeReason: "error", failedTools: ["book_sales_meeting"], packetLoss: 9),
            Session("f-1", At(9), At(10, 1)));

        var outcome = Assert.Single(await Ports.Ops.SessionOutcomesAsync(At(10), At(11), CancellationToken.None));

        Assert.Null(outcome.CloseReason);
        Assert.Empty(outcome.FailedTools);
        Assert.Null(outcome.PacketLossPercent);
    }

    private static string Number(double? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    [Fact]
    public async Task LatencyAsync_AveragesOfTheWindowsTurns()
    {
        await WriteAsync(
            Session("t-1", At(9), At(9, 30))
                .WithTurn(At(10), 1000, eouMs: 100, ttftMs: 400, ttfbMs: 200)
                .WithTurn(At(10, 4, 59), 2000, eouMs: 300, ttftMs: 800, ttfbMs: 400)
                .WithTurn(At(10, 2), null, eouMs: 9000, ttftMs: 9000, ttfbMs: 9000) // no latency: not a measured turn
                .WithTurn(At(10, 5), 9000, eouMs: 9000)                          // at the window's end: outside
                .WithTurn(At(9, 59, 59), 9000, eouMs: 9000));                    // before it: outside

        var latency = await Ports.Ops.LatencyAsync(At(10), At(10, 5), CancellationToken.None);

        Assert.Equal(new Core.Warehouse.LatencyFigures(2, 1500, 200, 600, 300), latency);
    }

    [Fact]
    public async Task LatencyAsync_NoTurns_ZeroAndNulls()
    {
        await WriteAsync(Session("t-1", At(9), At(9, 30)).WithTurn(At(9, 10), 1000));

        Assert.Equal(new Core.Warehouse.LatencyFigures(0, null, null, null, null), await Ports.Ops.LatencyAsync(At(10), At(11), CancellationToken.None));
    }

    [Fact]
    public async Task TokensAsync_PromptPlusCompletionOfTheWindowsTurns()
    {
        await WriteAsync(
            Session("k-1", At(9), At(9, 30))
                .WithTurn(At(10), 800, promptTokens: 1000, completionTokens: 50)
                .WithTurn(At(10, 30), null, promptTokens: 400)                   // tokens count without a latency
                .WithTurn(At(10, 40), 800, completionTokens: 25),
            Session("k-2", At(9), At(9, 30))
                .WithTurn(At(10, 59), 800, promptTokens: 100, completionTokens: 10)
                .WithTurn(At(11), 800, promptTokens: 99999));                    // at the window's end: outside

        Assert.Equal(1585, await Ports.Ops.TokensAsync(At(10), At(11), CancellationToken.None));
        Assert.Equal(0, await Ports.Ops.TokensAsync(At(12), At(13), CancellationToken.None));
    }

    [Fact]
    public async Task CostAsync_PerformanceCostPlusAnalysisLlmCost_OfSessionsEndedInTheWindow()
    {
        await WriteAsync(
            Session("c-1", At(9), At(10, 10)).WithAnalysis(AnalysisJson.Performance, AnalysisJson.Cost(1.00, 0.50, 0.30, 0.20)).WithLlmCost(0.05),
            Session("c-2", At(10, 20), null).WithAnalysis(AnalysisJson.Performance, AnalysisJson.Cost(2.00, 1.00, 0.60, 0.40)),
            Session("c-out", At(9), At(11)).WithAnalysis(AnalysisJson.Performance, AnalysisJson.Cost(50, 25, 15, 10)).WithLlmCost(5));

        var cost = await Ports.Ops.CostAsync(At(10), At(11), CancellationToken.None);

        Assert.Equal(2, cost.Sessions);
        Assert.Equal(3.05, cost.TotalUsd, 9);
        Assert.Equal(1.50, cost.LlmUsd, 9);
        Assert.Equal(0.90, cost.SttUsd, 9);
        Assert.Equal(0.60, cost.TtsUsd, 9);
        Assert.Equal(0.05, cost.AnalysisLlmUsd, 9);
    }

    [Fact]
    public async Task CostAsync_EmptyWindow_Zero()
    {
        var cost = await Ports.Ops.CostAsync(At(10), At(11), CancellationToken.None);

        Assert.Equal(new Core.Warehouse.CostFigures(0, 0, 0, 0, 0, 0), cost);
    }
}
