using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Summary;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>
/// The fields of the call record <c>Voice_Call__c</c> (spec 4.8). <c>Session_Id__c</c> is the upsert key and travels in
/// the URL; <c>Related_To__c</c> is added once the person is known. Results an analyzer did not produce are left out.
/// </summary>
internal static class VoiceCallFields
{
    public const string RelatedTo = "Related_To__c";

    public static Dictionary<string, object?> Build(SessionPayload session, SessionReport report, SalesforceOptions options)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Transcript__c"] = TranscriptHtml.Format(session.Transcript),
            ["Call_Date__c"] = SalesforceText.DateTime(session.StartTime),
            ["Duration_Minutes__c"] = SalesforceText.Minutes(session.EffectiveDurationSeconds),
        };
        if (report.Get<ExecutiveSummaryReport>() is { } summary)
        {
            fields["Call_Summary__c"] = SalesforceText.Truncate(summary.Summary, SalesforceText.LongText);
        }

        if (TranscriptLink.For(session.SessionId, options) is { } link)
        {
            fields["Transcript_URL__c"] = link;
        }

        if (report.Get<ConversationQualityReport>() is { } quality)
        {
            fields["Quality_Score__c"] = SalesforceText.OneDecimal(quality.QualityScore);
        }

        if (report.Get<PerformanceReport>() is { } performance && MetricsJson(performance) is { } metrics)
        {
            fields["Metrics_JSON__c"] = metrics;
        }

        return fields;
    }

    /// <summary>The whole performance report; without the per-turn rows and provider ids when a long call would not fit the field.</summary>
    private static string? MetricsJson(PerformanceReport performance)
    {
        var json = JsonSerializer.Serialize(performance, ReportJson.Options);
        if (json.Length > SalesforceText.LongText)
        {
            json = JsonSerializer.Serialize(performance with { Turns = [], ProviderRequestIds = [] }, ReportJson.Options);
        }

        return json.Length <= SalesforceText.LongText ? json : null;
    }
}
