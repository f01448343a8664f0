using VoiceAnalytics.Core.Analysis.Summary;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>
/// Spec 4.6: the recommended next step and the follow-up priority. <c>Recommended_Owner__c</c> is a User lookup and
/// nothing in a call names a Salesforce user, so it is left to the org's assignment rules.
/// </summary>
internal static class NextStepFields
{
    public static void AddTo(Dictionary<string, object?> fields, SessionReport report)
    {
        if (report.Get<ExecutiveSummaryReport>()?.NextAction is { } next)
        {
            var text = $"{SalesforcePicklists.Display(next.Owner)}: {next.Action} {next.Timing}";
            if (next.TalkingPoints.Count > 0)
            {
                text += ". Focus on: " + string.Join("; ", next.TalkingPoints);
            }

            fields["Next_Best_Action__c"] = SalesforceText.Truncate(text, SalesforceText.ShortText);
        }

        fields["Follow_Up_Priority__c"] = FollowUpPriority.Of(report);
    }
}
