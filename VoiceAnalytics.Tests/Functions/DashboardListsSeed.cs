using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Tests.Support;
using VoiceAnalytics.Tests.Warehouse;
using static VoiceAnalytics.Tests.Warehouse.ListRecords;
using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;

namespace VoiceAnalytics.Tests.Functions;

/// <summary>
/// The warehouse the list endpoints' tests read, written through the host's write port: on 17 August 2026 (UTC),
/// s-1 09:10 Tier 1 85 legal, s-2 09:50 Tier 2 30 health, s-3 10:05 Tier 1 60 health, s-4 10:30 no tier 50 retail;
/// s-5 the next day (outside <see cref="Query"/>'s window).
/// </summary>
internal static class DashboardListsSeed
{
    public static readonly DateTimeOffset Day = new(2026, 8, 17, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The query string of the seeded day, plus <paramref name="more"/>.</summary>
    public static string Query(string more = "") => "range=custom&from=2026-08-17T00:00:00Z&to=2026-08-18T00:00:00Z" + more;

    public static WarehouseRecord[] Records() =>
    [
        Session("s-1", At(9, 10), At(9, 15), tier: "Tier 1", score: 85, sentiment: "positive", industry: "legal", agentVersion: "agent-a", name: "Ann Lee", email: "ann@example.com")
            .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence(industry: "legal", teamSize: 12, integrations: ["salesforce", "hubspot"]))
            .WithObjections(
                [("pricing", "too expensive", true, "It is too expensive for us")],
                [("docusign", "negative", "DocuSign is too slow"), ("adobe_sign", "positive", "Adobe Sign works well")])
            .WithTools(Search("Pricing plans", 3), Search("SSO setup", 0), new ListRecords.Tool("book_sales_meeting", "{}", """{"ok": true}""")),
        Session("s-2", At(9, 50), At(9, 55), tier: "Tier 2", score: 30, sentiment: "negative", industry: "health", agentVersion: "agent-b", name: "Bo")
            .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence(industry: "health", teamSize: 3, integrations: ["salesforce"]))
            .WithObjections(
                [("pricing", "too expensive", false, "Still too expensive"), ("timing", "not right now", false, "Not right now")],
                [("docusign", "positive", "We like DocuSign")])
            .WithTools(Search(" pricing PLANS ", 5), Search("sso setup", 0), FailedSearch("api")),
        Session("s-3", At(10, 5), At(10, 9), tier: "Tier 1", score: 60, sentiment: "positive", industry: "health", agentVersion: "agent-a", name: "Cy")
            .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence(industry: "health", teamSize: 30))
            .WithTools(Search("pricing plans", 12)),
        Session("s-4", At(10, 30), At(10, 35), score: 50, sentiment: "neutral", industry: "retail", agentVersion: "agent-a")
            .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence(industry: "retail", integrations: ["zapier"])),
        Session("s-5", Day.AddDays(1).AddHours(8), null, tier: "Tier 2", score: 95, sentiment: "neutral", industry: "legal")
            .WithTools(Search("pricing plans", 1)),
    ];

    public static async Task WriteAsync(ApiHost host, IEnumerable<WarehouseRecord>? records = null)
    {
        var writer = host.Services.GetRequiredService<IWarehouseWriter>();
        foreach (var record in records ?? Records())
        {
            await writer.WriteAsync(record, CancellationToken.None);
        }
    }

    private static DateTimeOffset At(int hour, int minute) => Day.AddHours(hour).AddMinutes(minute);
}
