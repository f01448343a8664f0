using System.Text.Json;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Business;
using VoiceAnalytics.Core.Alerts.Slack.Blocks;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Alerts.Business;

public sealed class BusinessAlertRulesTests
{
    private static readonly DateTimeOffset Analyzed = new(2026, 8, 18, 15, 10, 0, TimeSpan.Zero);
    private readonly SessionPayload _session;
    private readonly SessionReport _report;

    public BusinessAlertRulesTests() => (_session, _report) = AnalyzedSessions.Analyze("qualified_meeting_booked.json", "rules-1", Analyzed);

    [Theory]
    [InlineData(79, false)]
    [InlineData(80, false)]
    [InlineData(81, true)]
    [InlineData(100, true)]
    public void Evaluate_LeadScore_IsHotOnlyAbove80(int score, bool hot)
    {
        var alerts = CreateSut().Evaluate(_session, _report.With<LeadScoreReport>(l => l with { Score = score }));

        Assert.Equal(hot, alerts.Any(a => a.Name == BusinessAlertNames.HotLead));
    }

    [Fact]
    public void Evaluate_HotLead_MessageNamesTheLeadCompanyScoreAndSignals()
    {
        var alert = CreateSut().Evaluate(_session, _report.With<LeadScoreReport>(l => l with { Score = 87 })).Single(a => a.Name == BusinessAlertNames.HotLead);

        Assert.Equal("🔥 Hot lead: Dana Whitfield (Brightline Logistics), score 87/100", alert.Message.Text);
        var json = SlackJson.Serialize(alert.Message);
        Assert.Contains("HOT LEAD ALERT", json, StringComparison.Ordinal);
        Assert.Contains("Dana Whitfield (dana.whitfield@brightlinelogistics.com)", json, StringComparison.Ordinal);
        Assert.Contains("Team size: 35 users", json, StringComparison.Ordinal);
        Assert.Contains("Call within 2 hours", json, StringComparison.Ordinal);
        Assert.DoesNotContain("dana", alert.Summary + alert.Context, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(87, JsonDocument.Parse(alert.Context).RootElement.GetProperty("lead_score").GetInt32());
    }

    [Fact]
    public void Evaluate_MeetingBooked_AlertsWithTheBookedSlotInTheCallersTimeZone()
    {
        var alert = CreateSut().Evaluate(_session, _report).Single(a => a.Name == BusinessAlertNames.MeetingBooked);

        var slot = new DateTimeOffset(2026, 8, 20, 14, 0, 0, TimeSpan.FromHours(-5));
        var json = SlackJson.Serialize(alert.Message);
        Assert.Contains("SALES MEETING BOOKED", json, StringComparison.Ordinal);
        Assert.Contains($"<!date^{slot.ToUnixTimeSeconds()}^", alert.Message.Text, StringComparison.Ordinal);
        Assert.Contains("dana.whitfield@brightlinelogistics.com", json, StringComparison.Ordinal);
        Assert.Equal("Sales meeting booked for 2026-08-20 19:00 UTC", alert.Summary);
    }

    [Fact]
    public void Evaluate_NoMeetingBooked_NoMeetingAlert()
    {
        var report = _report.With<SalesIntelligenceReport>(s => s with { Deal = s.Deal with { MeetingBooked = false } });

        Assert.DoesNotContain(CreateSut().Evaluate(_session, report), a => a.Name == BusinessAlertNames.MeetingBooked);
    }

    [Fact]
    public void Evaluate_CompetitorNamed_OneAlertPerCompetitorWithTheCallersWords()
    {
        var alerts = CreateSut().Evaluate(_session, _report).Where(a => a.Name.StartsWith("competitor_mentioned:", StringComparison.Ordinal)).ToList();

        var docusign = Assert.Single(alerts, a => a.Name == BusinessAlertNames.CompetitorMentioned("docusign"));
        Assert.Equal(alerts.Count, alerts.Select(a => a.Name).Distinct().Count());
        var json = SlackJson.Serialize(docusign.Message);
        Assert.Contains("COMPETITOR MENTIONED", json, StringComparison.Ordinal);
        Assert.Contains("DocuSign", json, StringComparison.Ordinal);
        Assert.Contains("*Context:*", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoCompetitorInEitherReport_NoCompetitorAlert()
    {
        var report = _report
            .With<SalesIntelligenceReport>(s => s with { ProductFit = s.ProductFit with { Competitors = [] } })
            .With<ObjectionReport>(o => o with { CompetitorMentions = [] });

        Assert.DoesNotContain(CreateSut().Evaluate(_session, report), a => a.Name.StartsWith("competitor_mentioned", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_BattlecardTemplate_LinksTheCompetitorsBattlecard()
    {
        var sut = CreateSut(new BusinessAlertOptions { BattlecardUrlTemplate = "https://wiki.example.com/battlecards/{competitor}" });

        var docusign = sut.Evaluate(_session, _report).Single(a => a.Name == BusinessAlertNames.CompetitorMentioned("docusign"));

        Assert.Contains("https://wiki.example.com/battlecards/docusign", SlackJson.Serialize(docusign.Message), StringComparison.Ordinal);
    }

    private static BusinessAlertRules CreateSut(BusinessAlertOptions? options = null) => new(Options.Create(options ?? new BusinessAlertOptions()));
}
