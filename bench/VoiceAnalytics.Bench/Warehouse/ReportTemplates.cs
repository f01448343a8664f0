using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.LocalHost.Cli;

namespace VoiceAnalytics.Bench.Warehouse;

/// <summary>One real call run through the nine analyzers and mapped by <see cref="WarehouseRecordBuilder"/>: the shapes the generator copies.</summary>
/// <param name="Analysis">Per industry variant (index into <see cref="ReportTemplates.Industries"/>, last = none), column to JSON text.</param>
/// <param name="StoredAnalysis">The same columns as the app stores them (<c>CompressedText</c>: zstd frames with the JSON dictionary).</param>
internal sealed record ReportTemplate(string File, byte[] Payload, SessionRow Session, IReadOnlyList<MetricRow> Metrics, IReadOnlyList<string?[]> Analysis, string AnalyzerVersion)
{
    public IReadOnlyList<byte[]?[]> StoredAnalysis { get; } =
        [.. Analysis.Select(variant => variant.Select(c => c is null ? null : CompressedText.Encode(c)).ToArray())];
}

internal static class ReportTemplates
{
    public static readonly IReadOnlyList<string> Industries =
        ["healthcare", "legal", "finance", "insurance", "real estate", "logistics", "education", "retail", "manufacturing", "government"];

    /// <summary>Analyzes up to <paramref name="count"/> call payloads of shared/data/calls (in name order).</summary>
    public static IReadOnlyList<ReportTemplate> Load(int count)
    {
        using var services = OfflineServices.Build();
        var analyzers = services.GetServices<IAnalyzer>().ToList();
        var files = Directory.GetFiles(Path.Combine(RepoPaths.SharedData(), "calls"), "*.json")
            .Where(f => !f.EndsWith(".labels.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Take(count);
        var templates = new List<ReportTemplate>();
        foreach (var file in files)
        {
            var payload = File.ReadAllBytes(file);
            if (PayloadParser.Parse(payload).Payload is not { } session)
            {
                continue;
            }

            var analyzedAt = (session.EndTime ?? session.StartTime).AddSeconds(5);
            var report = new SessionReport
            {
                SessionId = session.SessionId,
                AnalyzedAt = analyzedAt,
                AnalyzerVersions = analyzers.ToDictionary(a => a.Name, a => a.Version),
                Results = StagedAnalysis.Run(analyzers, session).ToDictionary(p => p.Key, p => p.Value),
            };
            var record = WarehouseRecordBuilder.Build(session, report, analyzedAt);
            var columns = AnalysisRow.Columns.Select(c => record.Analysis.Get(c)?.GetRawText()).ToArray();
            var variants = Industries.Select(i => WithIndustry(columns, i)).Append(WithIndustry(columns, null)).ToList();
            templates.Add(new ReportTemplate(Path.GetFileName(file), payload, record.Session, record.Metrics, variants, record.Analysis.AnalyzerVersion));
        }

        return templates;
    }

    /// <summary>The columns with <c>sales_intelligence.product_fit.industry</c> set to <paramref name="industry"/> (removed when null).</summary>
    private static string?[] WithIndustry(string?[] columns, string? industry)
    {
        var copy = (string?[])columns.Clone();
        var index = IndexOf("sales_intelligence");
        if (copy[index] is not { } json || JsonNode.Parse(json) is not JsonObject root)
        {
            return copy;
        }

        if (root["product_fit"] is not JsonObject fit)
        {
            fit = [];
            root["product_fit"] = fit;
        }

        if (industry is null)
        {
            fit.Remove("industry");
        }
        else
        {
            fit["industry"] = new JsonObject { ["value"] = industry, ["confidence"] = 0.8 };
        }

        copy[index] = root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        return copy;
    }

    public static int IndexOf(string column) => AnalysisRow.Columns.ToList().IndexOf(column);
}
