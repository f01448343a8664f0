using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Bench.Warehouse;

/// <summary>
/// Fills a fresh database (the real schemas, through <see cref="SqliteDatabase"/>) with <c>sessions</c> sessions
/// over the 365 days before <see cref="Now"/>: growing volume, weekday and business-hour peaks; real analysis JSON
/// (see <see cref="ReportTemplates"/>) with varied industries; 8-15 metrics rows per session; returning users by
/// email; the ops rules' call figures (2 % closed with error, 3 % with a failed search, 10 % poor connections); session
/// and ops alerts; the intake rows of the same sessions. Transcripts are not written (no hot read
/// query touches them). Deterministic for a given size (seeded random).
/// </summary>
/// <param name="extraRows">The session's rows in the other stores (scale harness); null: a stand-in intake row.</param>
internal sealed class WarehouseGenerator(int sessions, IReadOnlyList<ReportTemplate> templates, TextWriter progress, Func<SqliteConnection, IExtraSessionRows>? extraRows = null)
{
    /// <summary>The end of the generated year: the "now" every window of the bench ends at.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<string> SessionAlertNames = ["hot_lead", "negative_sentiment", "competitor_mentioned", "meeting_booked"];

    public static readonly IReadOnlyList<string> OpsAlertNames = ["latency_high", "agent_down", "pipeline_failures", "cost_burn", "token_spike"];

    private const int SessionsPerTransaction = 20_000;
    private const int Days = 365;

    // UTC hours: the calls follow European and American business hours.
    private static readonly double[] HourWeights =
        [0.15, 0.1, 0.08, 0.06, 0.06, 0.1, 0.25, 0.5, 0.85, 1.0, 1.0, 0.95, 0.9, 1.0, 1.1, 1.15, 1.1, 1.0, 0.9, 0.7, 0.5, 0.4, 0.3, 0.2];

    private readonly Random _random = new(sessions);
    private int _emails;

    public static SqliteDatabase Open(string file) =>
        new(file, [new SessionTablesSchema(), new WarehouseSchema(), new DashboardRollupSchema()]);

    public void Generate(string file)
    {
        var clock = Stopwatch.StartNew();
        var database = Open(file);
        using var connection = database.Open();
        Execute(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
        var starts = StartTimes();
        using var insert = new Inserts(connection);
        using var extras = extraRows?.Invoke(connection);
        insert.Enlist(extras?.Commands ?? []);
        for (var i = 0; i < starts.Length; i++)
        {
            if (i % SessionsPerTransaction == 0)
            {
                insert.Commit();
                insert.Begin();
                if (i > 0)
                {
                    progress.WriteLine($"  {i:N0} sessions, {clock.Elapsed.TotalSeconds:F0} s, {new FileInfo(file).Length / 1e6:N0} MB");
                }
            }

            WriteSession(insert, extras, i, starts[i]);
        }

        WriteOpsAlerts(insert);
        insert.Commit();
        progress.WriteLine($"  leads from the sessions' emails, {clock.Elapsed.TotalSeconds:F0} s");
        Execute(connection, """
            INSERT INTO leads (email, name, latest_session_id, industry, qualification_tier, lead_score, first_call_date, last_call_date, total_calls, updated_at)
            SELECT user_email, user_name, session_id, industry, qualification_tier, lead_score, MIN(start_time), MAX(start_time), COUNT(*), MAX(created_at)
              FROM sessions WHERE user_email IS NOT NULL GROUP BY user_email;
            """);
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    // A multiplicative hash in front scatters the ids over the primary-key index as real ones do (HashCode is seeded per process).
    public static string SessionId(int index) => $"sess_{unchecked((uint)index * 2654435761u):x8}{index:x6}";

    private DateTimeOffset[] StartTimes()
    {
        // One weight per hour of the year: volume grows from 0.6x to 1.4x, weekends at a third.
        var first = Now.AddDays(-Days);
        var cumulative = new double[Days * 24];
        var total = 0.0;
        for (var h = 0; h < cumulative.Length; h++)
        {
            var at = first.AddHours(h);
            var growth = 0.6 + (0.8 * h / cumulative.Length);
            var weekday = at.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.33 : 1.0;
            total += growth * weekday * HourWeights[at.Hour];
            cumulative[h] = total;
        }

        var starts = new DateTimeOffset[sessions];
        for (var i = 0; i < sessions; i++)
        {
            var hour = Array.BinarySearch(cumulative, _random.NextDouble() * total);
            hour = hour < 0 ? ~hour : hour;
            starts[i] = first.AddHours(Math.Min(hour, cumulative.Length - 1)).AddMilliseconds(_random.Next(3_600_000));
        }

        Array.Sort(starts);
        return starts;
    }

    private void WriteSession(Inserts insert, IExtraSessionRows? extras, int index, DateTimeOffset start)
    {
        var template = templates[index % templates.Count];
        var id = SessionId(index);
        var duration = Math.Max(15, (long)(template.Session.DurationSeconds * (0.4 + (1.2 * _random.NextDouble()))));
        var end = start.AddSeconds(duration);
        var analyzedAt = end.AddSeconds(2 + _random.Next(40));
        var (tier, score) = _random.NextDouble() switch
        {
            < 0.2 => ("Tier 1", (int?)(60 + _random.Next(41))),
            < 0.85 => ("Tier 2", (int?)(10 + _random.Next(61))),
            _ => ((string?)null, (int?)null),
        };
        var sentiment = _random.NextDouble() switch { < 0.4 => "positive", < 0.8 => "neutral", _ => "negative" };
        var industryIndex = _random.NextDouble() < 0.2 ? ReportTemplates.Industries.Count : _random.Next(ReportTemplates.Industries.Count);
        var industry = industryIndex < ReportTemplates.Industries.Count ? ReportTemplates.Industries[industryIndex] : null;
        var day = (int)(start - Now.AddDays(-Days)).TotalDays;
        var agent = $"agent-1.{(day / 45) + (_random.NextDouble() < 0.1 ? 1 : 0)}.0";
        var email = Email();
        var meeting = _random.NextDouble() < (tier == "Tier 1" ? 0.45 : 0.08);

        insert.Session(
            id, W(start), W(end), duration, $"participant-{index}", email, email is null ? null : $"User {_emails % 9973}",
            Math.Max(2, template.Session.TurnCount + _random.Next(-4, 5)), _random.Next(6), tier, score,
            Math.Round(1 + (9 * _random.NextDouble()), 1), sentiment, meeting, industry, agent, W(analyzedAt),
            _random.NextDouble() < 0.02 ? "error" : "participant_disconnected",
            _random.NextDouble() < 0.03 ? "[\"unleash_search_knowledge\"]" : null,
            Math.Round(_random.NextDouble() < 0.1 ? 3 + (5 * _random.NextDouble()) : _random.NextDouble(), 2),
            Math.Round(_random.NextDouble() < 0.1 ? 40 + (60 * _random.NextDouble()) : 5 + (20 * _random.NextDouble()), 1));

        var metrics = 8 + _random.Next(8);
        for (var m = 0; m < metrics; m++)
        {
            var source = template.Metrics.Count > 0 ? template.Metrics[m % template.Metrics.Count] : null;
            var scale = _random.NextDouble() < 0.02 ? 3 + (4 * _random.NextDouble()) : 0.7 + (0.7 * _random.NextDouble());
            insert.Metric(
                id, W(start.AddSeconds(duration * (m + 1.0) / (metrics + 1))), source?.MetricType ?? "latency",
                Scale(source?.EouDelayMs ?? 400, scale), Scale(source?.LlmTtftMs ?? 600, scale), Scale(source?.TtsTtfbMs ?? 300, scale),
                Scale(source?.TotalLatencyMs ?? 1300, scale), source?.PromptTokens ?? 1200 + _random.Next(800), source?.CompletionTokens ?? 40 + _random.Next(80),
                W(analyzedAt));
        }

        insert.Analysis(id, template.StoredAnalysis[industryIndex], W(analyzedAt), template.AnalyzerVersion);
        if (_random.NextDouble() < 0.25)
        {
            insert.LlmCost(id, 3000 + _random.Next(3000), 400 + _random.Next(600), 0.002 + (0.01 * _random.NextDouble()), W(analyzedAt));
        }

        var failed = _random.NextDouble() < 0.005;
        if (extras is null)
        {
            insert.Intake(id, failed, O(end.AddSeconds(1)), O(analyzedAt));
        }
        else
        {
            extras.Write(template.File, id, failed, O(end.AddSeconds(1)), O(analyzedAt));
        }
        if (_random.NextDouble() < 0.04)
        {
            insert.Alert("session", SessionAlertNames[_random.Next(SessionAlertNames.Count)], "info", id, W(analyzedAt), null);
        }
    }

    /// <summary>About one ops alert a day, each resolved 10-120 minutes later (a resolution row), and two still open.</summary>
    private void WriteOpsAlerts(Inserts insert)
    {
        for (var at = Now.AddDays(-Days); at < Now; at = at.AddHours(1))
        {
            if (_random.NextDouble() >= 0.04)
            {
                continue;
            }

            var name = OpsAlertNames[_random.Next(OpsAlertNames.Count)];
            var resolved = at.AddMinutes(10 + _random.Next(110));
            var open = resolved >= Now.AddHours(-6);
            var id = insert.Alert("ops", name, _random.NextDouble() < 0.3 ? "critical" : "warning", null, W(at), open ? null : W(resolved));
            if (!open)
            {
                insert.Alert("resolution", name, "warning", null, W(resolved), W(resolved), $$"""{"resolves_alert_id":{{id}}}""");
            }
        }

        insert.Alert("ops", OpsAlertNames[0], "critical", null, W(Now.AddHours(-2)), null);
        insert.Alert("ops", OpsAlertNames[1], "warning", null, W(Now.AddMinutes(-30)), null);
    }

    /// <summary>90 % of callers leave an email; 35 % of those are returning users, mostly recent ones.</summary>
    private string? Email()
    {
        if (_random.NextDouble() < 0.1)
        {
            return null;
        }

        var user = _emails == 0 || _random.NextDouble() < 0.65
            ? _emails++
            : _emails - 1 - (int)(_emails * Math.Pow(_random.NextDouble(), 3));
        return $"user{user}@company{user % 5003}.example";
    }

    private static long? Scale(long? value, double factor) => value is { } v ? (long)(v * factor) : null;

    private static string W(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static string O(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
