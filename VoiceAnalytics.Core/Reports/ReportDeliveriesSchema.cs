using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Reports;

/// <summary>The scheduled reports already delivered to a live destination, one row per (report, period).</summary>
internal sealed class ReportDeliveriesSchema : ISqliteSchema
{
    public string Ddl => """
        CREATE TABLE IF NOT EXISTS report_deliveries (
            report      TEXT NOT NULL,
            period_key  TEXT NOT NULL,
            destination TEXT NOT NULL,
            sent_at     TEXT NOT NULL,
            PRIMARY KEY (report, period_key)
        );
        """;
}
