using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Reports.Email;

namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// Writes an <see cref="ExecutiveReport"/> as an HTML email with a plain-text alternative. Every line is
/// HTML-encoded, since names, search queries and feature labels come from callers: a lead named
/// <c>&lt;script&gt;</c> shows as written and cannot change the markup.
/// </summary>
public sealed class ExecutiveEmailRenderer(IOptions<ExecutiveReportOptions> options)
{
    public EmailMessage Render(ExecutiveReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var settings = options.Value;
        var period = report.Current.Period;
        var (subject, title, dateLine) = report.Kind == ExecutiveReportKind.Daily
            ? ($"{settings.SubjectPrefix} Daily Summary - {Day(period.FirstDay)}", "VOICE AGENT DAILY SUMMARY",
               period.FirstDay.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture))
            : ($"{settings.SubjectPrefix} Weekly Review - Week of {Day(period.FirstDay)}", "VOICE AGENT WEEKLY REVIEW",
               $"Week of {Day(period.FirstDay)} (Monday) to {Day(period.LastDay)} (Sunday)");
        var sections = ExecutiveEmailSections.Build(report, settings.LatencyTargetMs);
        return new EmailMessage(subject, Html(title, dateLine, sections, settings.DashboardUrl), Text(title, dateLine, sections, settings.DashboardUrl));
    }

    private static string Html(string title, string dateLine, IReadOnlyList<EmailSection> sections, Uri? dashboard)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(Encode(title)).Append("</title></head>")
            .Append("<body style=\"font-family:Arial,Helvetica,sans-serif;color:#222;max-width:680px\">")
            .Append("<h1 style=\"font-size:20px\">").Append(Encode(title)).Append("</h1>")
            .Append("<p style=\"color:#666\">").Append(Encode(dateLine)).Append("</p>");
        foreach (var section in sections)
        {
            var list = section.Numbered ? "ol" : "ul";
            html.Append("<h2 style=\"font-size:16px;margin-top:20px\">").Append(Encode(section.Title)).Append("</h2><").Append(list).Append('>');
            foreach (var line in section.Lines)
            {
                html.Append("<li>").Append(Encode(line)).Append("</li>");
            }

            html.Append("</").Append(list).Append('>');
        }

        if (dashboard is not null)
        {
            html.Append("<p><a href=\"").Append(Encode(dashboard.AbsoluteUri)).Append("\">View Full Dashboard &rarr;</a></p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Text(string title, string dateLine, IReadOnlyList<EmailSection> sections, Uri? dashboard)
    {
        var text = new StringBuilder().Append(title).Append('\n').Append(dateLine).Append('\n');
        foreach (var section in sections)
        {
            text.Append('\n').Append(section.Title).Append('\n');
            for (var i = 0; i < section.Lines.Count; i++)
            {
                text.Append(section.Numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "• ").Append(section.Lines[i]).Append('\n');
            }
        }

        if (dashboard is not null)
        {
            text.Append("\nView Full Dashboard: ").Append(dashboard.AbsoluteUri).Append('\n');
        }

        return text.ToString();
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
