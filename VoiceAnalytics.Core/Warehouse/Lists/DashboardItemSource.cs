using System.Text.Json;

namespace VoiceAnalytics.Core.Warehouse.Lists;

/// <summary>
/// What the ranked lists read of one stored session: the session's lead score and industry, the sales-intelligence
/// and objection reports (analysis JSON columns) and the transcript JSON (for the tool calls). Every adapter can
/// rebuild it from what it stores, so a backfill and the live write count the same.
/// </summary>
public sealed record DashboardItemSource(
    int? LeadScore,
    string? Industry,
    JsonElement? SalesIntelligence,
    JsonElement? Objections,
    JsonElement? Competitors,
    string TranscriptJson)
{
    public static DashboardItemSource Of(WarehouseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(
            record.Session.LeadScore,
            record.Session.Industry,
            record.Analysis.Get("sales_intelligence"),
            record.Analysis.Get("objections"),
            record.Analysis.Get("competitors"),
            record.Transcript.TranscriptJson);
    }
}
