namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// Every read statement the warehouse's SQLite adapters run, by adapter and method, so a test and the bench can
/// check their query plans against the real text (a statement added to an adapter belongs here too).
/// </summary>
internal static class WarehouseReadStatements
{
    public static IReadOnlyList<(string Name, string Sql)> All { get; } =
    [
        ("ops.LatestSessionStart", SqliteOpsFigures.LatestSessionStartSql),
        ("ops.SessionOutcomes", SqliteOpsFigures.SessionOutcomesSql),
        ("ops.Latency", SqliteOpsFigures.LatencySql),
        ("ops.Tokens", SqliteOpsFigures.TokensSql),
        ("ops.Cost", SqliteOpsFigures.CostSql),
        ("digest.FailedSearches", SqliteDigestFigures.FailedSearchesSql),
        ("digest.LowEngagement", SqliteDigestFigures.LowEngagementSql),
        ("digest.FeatureMentions", SqliteDigestFigures.FeatureMentionsSql),
        ("executive.Sessions", SqliteExecutiveFigures.SessionsSql),
        ("executive.Latency", SqliteExecutiveFigures.LatencySql),
        ("executive.LatencyP95", SqliteExecutiveFigures.LatencyP95Sql),
        ("executive.CostEngagement", SqliteExecutiveFigures.CostEngagementSql),
        ("executive.Tiers", SqliteExecutiveFigures.TiersSql),
        ("executive.Opportunities", SqliteExecutiveFigures.OpportunitiesSql),
        ("executive.Trends", SqliteExecutiveFigures.TrendsSql),
        ("executive.Drivers", SqliteExecutiveFigures.DriversSql),
        ("executive.Alerts", SqliteExecutiveFigures.AlertsSql),
        ("executive.Searches", SqliteExecutiveFigures.SearchesSql),
        ("dashboard.Sessions", SqliteDashboardFigures.SessionsSql),
        ("dashboard.Latency", SqliteDashboardFigures.LatencySql),
        ("lists.Totals", SqliteDashboardLists.TotalsSql),
        ("lists.Sessions", SqliteDashboardLists.SessionsSql),
        ("lists.HotLeads", SqliteDashboardLists.HotLeadsSql),
        ("lists.Signals", SqliteDashboardLists.SignalsSql),
        ("dashboard.Hours", SqliteDashboardHours.HoursSql),
        ("dashboard.Totals", SqliteDashboardHours.TotalsSqlFor(Dashboard.DashboardLayout.Histograms)),
        ("dashboard.Costs", SqliteDashboardHours.CostsSql),
        ("dashboard.Started", SqliteDashboardHours.StartedSql),
        ("dashboard.Industries", SqliteDashboardHours.IndustriesSql),
        ("dashboard.AgentVersions", SqliteDashboardHours.AgentVersionsSql),
        ("rollups.Add", SqliteDashboardRollups.AddSql),
        ("rollups.Subtract", SqliteDashboardRollups.SubtractSql),
        ("rollups.AddDays", SqliteDashboardRollups.AddDaysSql),
        ("rollups.SubtractDays", SqliteDashboardRollups.SubtractDaysSql),
        ("rollups.AddCosts", SqliteDashboardRollups.AddCostsSql),
        ("rollups.SubtractCosts", SqliteDashboardRollups.SubtractCostsSql),
        ("rollups.BackfillBatch", DashboardRollupBackfill.NextBatchSql),
        ("rollups.BackfillTurns", DashboardRollupBackfill.TurnsSql),
        ("leads.FindPrevious", SqliteLeadHistory.PreviousScoreSql),
        ("alerts.ForSession", SqliteAlertHistory.ForSessionSql),
        ("alerts.FindOpen", SqliteAlertHistory.OpenSql),
        ("alerts.List", SqliteAlertHistory.ListSql),
    ];
}
