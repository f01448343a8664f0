using System.Text.Json;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Warehouse.Sqlite;

public sealed class SqliteLeadHistoryTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task FindPreviousAsync_LatestEarlierScoredCallOfTheEmail()
    {
        Insert("a", "x@example.com", "2026-08-01T10:00:00.000Z", 40);
        Insert("b", "x@example.com", "2026-08-05T10:00:00.000Z", 62);
        Insert("c", "x@example.com", "2026-08-09T10:00:00.000Z", 90);
        Insert("d", "other@example.com", "2026-08-06T10:00:00.000Z", 10);

        var previous = await CreateSut().FindPreviousAsync("X@Example.com", "c", DateTimeOffset.Parse("2026-08-09T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        Assert.NotNull(previous);
        Assert.Equal("b", previous.SessionId);
        Assert.Equal(62, previous.Score);
    }

    [Fact]
    public async Task FindPreviousAsync_FirstCall_Null()
    {
        Insert("a", "x@example.com", "2026-08-01T10:00:00.000Z", 40);

        Assert.Null(await CreateSut().FindPreviousAsync("x@example.com", "a", DateTimeOffset.Parse("2026-08-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None));
    }

    [Fact]
    public void PreviousScoreQuery_WalksTheEmailStartTimeIndexWithoutSorting()
    {
        using var connection = _stores.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + SqliteLeadHistory.PreviousScoreSql;
        command.Parameters.AddWithValue("$email", "x@example.com");
        command.Parameters.AddWithValue("$id", "a");
        command.Parameters.AddWithValue("$before", "2026-08-01T10:00:00.000Z");
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        var text = string.Join(" | ", plan);
        Assert.Contains("idx_user_email_start_time", text, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", text, StringComparison.Ordinal);
    }

    private SqliteLeadHistory CreateSut() => new(_stores.Database);

    private void Insert(string id, string email, string start, int score)
    {
        var report = new LeadScoreReport
        {
            Score = score, Temperature = "warm", QualificationTier = "Tier 2", QualificationReason = "", Confidence = "low",
            Components = [], Factors = [new ScoreFactor("fit", "Integration need", "api", 10)], Justification = [],
        };
        using var connection = _stores.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO sessions (session_id, start_time, user_email, created_at) VALUES ($id, $start, $email, $start);
            INSERT INTO analysis_results (session_id, lead_score_breakdown, analyzed_at, analyzer_version) VALUES ($id, $json, $start, 'v');
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$start", start);
        command.Parameters.AddWithValue("$email", email);
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(report, ReportJson.Options));
        command.ExecuteNonQuery();
    }
}
