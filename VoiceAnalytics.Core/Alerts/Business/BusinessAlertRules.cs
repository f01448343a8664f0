using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Slack.Messages;
using VoiceAnalytics.Core.Analysis.Actions;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sales.Deal;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Core.Alerts.Business;

/// <summary>
/// Which #sales alerts a session triggers (data-flow spec 7.3) and their messages: a hot lead (score above
/// <see cref="BusinessAlertOptions.HotLeadScoreAbove"/>), a booked sales meeting, and each competitor the caller named.
/// </summary>
public sealed class BusinessAlertRules(IOptions<BusinessAlertOptions> options)
{
    private readonly BusinessAlertOptions _options = options.Value;

    public IReadOnlyList<BusinessAlert> Evaluate(SessionPayload session, SessionReport report)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(report);
        var contact = LeadContact.Of(session);
        var lead = report.Get<LeadScoreReport>();
        var sales = report.Get<SalesIntelligenceReport>();
        var alerts = new List<BusinessAlert>();
        if (lead is not null && lead.Score > _options.HotLeadScoreAbove)
        {
            alerts.Add(HotLead(session, contact, lead, sales));
        }

        if (sales?.Deal.MeetingBooked == true)
        {
            alerts.Add(MeetingBooked(session, contact, lead, sales));
        }

        alerts.AddRange(Competitors(sales, report.Get<ObjectionReport>()).Select(mention => CompetitorMentioned(session, contact, mention)));
        return alerts;
    }

    private BusinessAlert HotLead(SessionPayload session, LeadContact contact, LeadScoreReport lead, SalesIntelligenceReport? sales)
    {
        var message = SlackMessages.HotLead(new HotLeadDetails
        {
            LeadName = contact.Name,
            Email = contact.Email,
            Company = contact.Company,
            Score = lead.Score,
            Tier = lead.QualificationTier,
            KeySignals = KeySignals(sales),
            TranscriptUrl = TranscriptUrl(session),
        });
        return new BusinessAlert(
            BusinessAlertNames.HotLead,
            $"Hot lead: score {lead.Score}/100 ({lead.QualificationTier})",
            Json(new { lead_score = lead.Score, qualification_tier = lead.QualificationTier, threshold = _options.HotLeadScoreAbove }),
            message);
    }

    private BusinessAlert MeetingBooked(SessionPayload session, LeadContact contact, LeadScoreReport? lead, SalesIntelligenceReport sales)
    {
        var meeting = sales.Deal.Meeting;
        var booking = ToolInvocations.Read(session).LastOrDefault(t => t.Name == MeetingBookingReader.ToolName && MeetingBookingReader.Succeeded(t.Output));
        var at = booking is null ? null : MeetingTime.Of(booking, session.StartTime);
        var context = QuickContext(sales);
        if (at is null)
        {
            // The date could not be read: say what was asked for rather than pretend to know.
            var requested = string.Join(' ', new[] { meeting?.PreferredDate, meeting?.PreferredTime }.Where(s => !string.IsNullOrWhiteSpace(s)));
            context.Insert(0, requested.Length > 0 ? $"Requested time: {requested}" : "Meeting time not stated; check the calendar");
        }

        var message = SlackMessages.MeetingBooked(new MeetingBookedDetails
        {
            CustomerName = meeting?.CustomerName ?? contact.Name,
            Email = meeting?.CustomerEmail ?? booking?.Argument("attendee_email") ?? contact.Email,
            MeetingAt = at ?? session.EndTime ?? session.StartTime,
            Tier = lead?.QualificationTier,
            Score = lead?.Score,
            QuickContext = context,
            CalendarUrl = AbsoluteUrl(meeting?.MeetingLink),
            PrepNotesUrl = TranscriptUrl(session),
        });
        return new BusinessAlert(
            BusinessAlertNames.MeetingBooked,
            at is { } when ? $"Sales meeting booked for {when.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "Sales meeting booked",
            Json(new { meeting_time = at?.ToString("O", CultureInfo.InvariantCulture), lead_score = lead?.Score, qualification_tier = lead?.QualificationTier, attempts = meeting?.Attempts }),
            message);
    }

    private BusinessAlert CompetitorMentioned(SessionPayload session, LeadContact contact, CompetitorMention mention)
    {
        var message = SlackMessages.CompetitorMentioned(new CompetitorMentionDetails
        {
            LeadName = contact.Name,
            Email = contact.Email,
            Competitor = DisplayNames.Of(mention.Competitor),
            Context = mention.Evidence.Quote,
            Sentiment = mention.Sentiment switch
            {
                CompetitorSentiment.Negative => CompetitorTone.Negative,
                CompetitorSentiment.Positive => CompetitorTone.Positive,
                _ => CompetitorTone.Neutral,
            },
            TranscriptUrl = TranscriptUrl(session),
            BattlecardUrl = Fill(_options.BattlecardUrlTemplate, "{competitor}", mention.Competitor),
            Opportunity = Opportunity(mention),
        });
        return new BusinessAlert(
            BusinessAlertNames.CompetitorMentioned(mention.Competitor),
            $"Competitor mentioned: {DisplayNames.Of(mention.Competitor)} ({mention.Context}, {mention.Sentiment})",
            Json(new { competitor = mention.Competitor, context = mention.Context, sentiment = mention.Sentiment, confidence = Math.Round(mention.Confidence, 2) }),
            message);
    }

    /// <summary>One mention per competitor from the sales and objection reports; negative wins, as the analyzers combine it.</summary>
    private static IEnumerable<CompetitorMention> Competitors(SalesIntelligenceReport? sales, ObjectionReport? objections) =>
        (sales?.ProductFit.Competitors ?? []).Concat(objections?.CompetitorMentions ?? [])
            .GroupBy(m => m.Competitor, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First() with { Sentiment = g.Select(m => m.Sentiment).Aggregate(CompetitorSentiment.Combine) });

    private static string? Opportunity(CompetitorMention mention) => (mention.Context, mention.Sentiment) switch
    {
        ("current_tool" or "past_tool", CompetitorSentiment.Negative) => "Switcher campaign",
        ("current_tool", _) => "Displacement: lead with the battlecard",
        ("considering" or "comparison", _) => "Head-to-head evaluation: send the comparison",
        _ => null,
    };

    private static List<string> KeySignals(SalesIntelligenceReport? sales)
    {
        var signals = new List<string>();
        if (sales is null)
        {
            return signals;
        }

        if (sales.Sizing.TeamSize is { } team)
        {
            signals.Add($"Team size: {team.Value.ToString(CultureInfo.InvariantCulture)} users");
        }

        if (sales.Sizing.MonthlyVolume is { } volume)
        {
            signals.Add($"Volume: {volume.Value.ToString(CultureInfo.InvariantCulture)} docs/month");
        }

        if (sales.ProductFit.IntegrationNeeds.Count > 0)
        {
            signals.Add($"Needs: {string.Join(", ", sales.ProductFit.IntegrationNeeds.Select(i => DisplayNames.Of(i.Value)))} integration");
        }

        if (sales.Deal.DecisionTimeline is { } timeline)
        {
            signals.Add($"Timeline: {DisplayNames.Phrase(timeline.Value)}");
        }

        if (sales.ProductFit.CurrentTool is { } tool)
        {
            signals.Add($"Current tool: {DisplayNames.Of(tool.Value)}");
        }

        return signals;
    }

    private static List<string> QuickContext(SalesIntelligenceReport sales)
    {
        var lines = new List<string>();
        if (sales.Sizing.TeamSize is { } team)
        {
            var timeline = sales.Deal.DecisionTimeline is { } t ? $", deciding {DisplayNames.Phrase(t.Value)}" : "";
            lines.Add($"Team of {team.Value.ToString(CultureInfo.InvariantCulture)}{timeline}");
        }

        if (sales.ProductFit.CurrentTool is { } tool)
        {
            lines.Add($"Current tool: {DisplayNames.Of(tool.Value)}");
        }

        if (sales.ProductFit.PainPoints.Count > 0)
        {
            lines.Add($"Pain points: {string.Join("; ", sales.ProductFit.PainPoints.Take(2).Select(p => p.Description))}");
        }

        return lines;
    }

    private Uri? TranscriptUrl(SessionPayload session) => Fill(_options.TranscriptUrlTemplate, "{sessionId}", session.SessionId);

    private static Uri? Fill(string? template, string placeholder, string value) =>
        string.IsNullOrWhiteSpace(template) ? null : AbsoluteUrl(template.Replace(placeholder, Uri.EscapeDataString(value), StringComparison.Ordinal));

    private static Uri? AbsoluteUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
