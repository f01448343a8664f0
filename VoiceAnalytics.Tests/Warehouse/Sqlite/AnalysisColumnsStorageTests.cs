using System.Text.Json;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Reports;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Warehouse.Sqlite;

/// <summary>
/// analysis_results holds each result as a zstd frame with the shipped dictionary (issue 13, part "size"); rows
/// written before hold TEXT, and every reader sees both the same way.
/// </summary>
public sealed class AnalysisColumnsStorageTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 8, 18, 10, 0, 0, TimeSpan.Zero);
    private readonly ReportsWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public async Task WriteAsync_EveryResult_StoredAsADictionaryFrameAndExportedEqual()
    {
        var parsed = PayloadParser.Parse(Payloads.SharedWithId("qualified_meeting_booked.json", "col-1")).Payload!;
        var report = AnalyzedSessions.Report(parsed, Start);
        var record = WarehouseRecordBuilder.Build(parsed, report, Start);

        await new SqliteWarehouseWriter(_warehouse.Database).WriteAsync(record, CancellationToken.None);

        using var connection = _warehouse.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", AnalysisRow.Columns)} FROM analysis_results WHERE session_id = 'col-1';";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var stored = 0;
        for (var i = 0; i < AnalysisRow.Columns.Count; i++)
        {
            if (record.Analysis.Get(AnalysisRow.Columns[i]) is { } result)
            {
                var frame = Assert.IsType<byte[]>(reader.GetValue(i));
                Assert.Equal(ZstdDictionaries.Current, ZstdDictionaries.IdOf(frame));
                Assert.True(frame.Length * 2 < result.GetRawText().Length, AnalysisRow.Columns[i]);
                stored++;
            }
        }

        Assert.True(stored >= 8);
        var read = (await new SqliteWarehouseExport(_warehouse.Database).ReadPageAsync(null, 10, CancellationToken.None)).Single().Analysis;
        foreach (var column in AnalysisRow.Columns)
        {
            Assert.Equal(record.Analysis.Get(column)?.GetRawText(), read.Get(column)?.GetRawText());
        }
    }

    [Fact]
    public async Task Readers_OldTextRowBesideNewFrameRow_ReadBoth()
    {
        _warehouse.InsertSession("old", Start);
        _warehouse.InsertSession("new", Start.AddMinutes(1));
        _warehouse.SetAnalysisText("old", "content_gaps", """{"failed_queries":[{"query":"zapier"}]}""");
        _warehouse.SetAnalysis("new", "content_gaps", """{"failed_queries":[{"query":"hubspot"}]}""");
        _warehouse.SetAnalysisText("old", "performance_analysis", """{"cost":{"total_usd":0.5,"llm_usd":0.25,"stt_usd":0.125,"tts_usd":0.125}}""");
        _warehouse.SetAnalysis("new", "performance_analysis", """{"cost":{"total_usd":0.25,"llm_usd":0.125,"stt_usd":0.0625,"tts_usd":0.0625}}""");

        var searches = await new SqliteDigestFigures(_warehouse.Database).FailedSearchesAsync(Start.AddHours(-1), Start.AddHours(1), CancellationToken.None);
        var cost = await new SqliteOpsFigures(_warehouse.Database).CostAsync(Start.AddHours(-1), Start.AddHours(1), CancellationToken.None);

        Assert.Equal(["hubspot", "zapier"], searches.Select(s => s.Query).Order(StringComparer.Ordinal));
        Assert.Equal(2, cost.Sessions);
        Assert.Equal(0.75, cost.TotalUsd, 9);
        Assert.Equal(0.375, cost.LlmUsd, 9);
    }

    [Fact]
    public async Task FindPreviousAsync_OldTextAndNewFrame_BothGiveTheScore()
    {
        _warehouse.InsertSession("s-old", Start, email: "a@example.com");
        _warehouse.InsertSession("s-new", Start.AddDays(1), email: "a@example.com");
        _warehouse.SetAnalysisText("s-old", "lead_score_breakdown", Score(72));
        _warehouse.SetAnalysis("s-new", "lead_score_breakdown", Score(81));
        var history = new SqliteLeadHistory(_warehouse.Database);

        var fromOld = await history.FindPreviousAsync("a@example.com", "s-new", Start.AddDays(1), CancellationToken.None);
        var fromNew = await history.FindPreviousAsync("a@example.com", "x", Start.AddDays(2), CancellationToken.None);

        Assert.Equal(72, fromOld!.Score);
        Assert.Equal(81, fromNew!.Score);
    }

    private static string Score(int score) => JsonSerializer.Serialize(
        new LeadScoreReport
        {
            Score = score, Temperature = "warm", QualificationTier = "Tier 2", QualificationReason = "", Confidence = "low",
            Components = [], Factors = [new ScoreFactor("fit", "Integration need", "api", 10)], Justification = [],
        },
        ReportJson.Options);
}
