using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>Spec 4.1: score, its breakdown, tier, last call date and duration, engagement. Every call overwrites them.</summary>
internal static class LeadScoreFields
{
    public static void AddTo(Dictionary<string, object?> fields, SessionPayload session, SessionReport report)
    {
        fields["Last_Voice_Call_Date__c"] = SalesforceText.DateTime(session.StartTime);
        fields["Last_Call_Duration_Minutes__c"] = SalesforceText.Minutes(session.EffectiveDurationSeconds);
        if (report.Get<LeadScoreReport>() is { } lead)
        {
            fields["Lead_Score__c"] = Math.Clamp(lead.Score, 0, 100);
            fields["Lead_Score_Breakdown__c"] = SalesforceText.Truncate(Breakdown(lead), SalesforceText.LongText);
            fields["Qualification_Tier__c"] = SalesforcePicklists.Tier(lead.QualificationTier);
        }

        // The conversation quality score (0-10) is the engagement score, as in the warehouse's sessions table.
        if (report.Get<ConversationQualityReport>() is { } quality)
        {
            fields["Voice_Engagement_Score__c"] = SalesforceText.OneDecimal(quality.QualityScore);
        }
    }

    private static string Breakdown(LeadScoreReport lead) => JsonSerializer.Serialize(
        new
        {
            lead.Score,
            lead.Temperature,
            Tier = lead.QualificationTier,
            TierReason = lead.QualificationReason,
            lead.Confidence,
            Components = lead.Components.Select(c => new { c.Name, c.Points, c.Max }),
            lead.Justification,
        },
        ReportJson.Options);
}
