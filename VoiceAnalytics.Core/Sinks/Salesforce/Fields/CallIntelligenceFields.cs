using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sales.Deal;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>Spec 4.5: objections by category, buying signals, stakeholders, the user's key quotes and the call's sentiment.</summary>
internal static class CallIntelligenceFields
{
    public static void AddTo(Dictionary<string, object?> fields, SessionReport report)
    {
        var sales = report.Get<SalesIntelligenceReport>();
        var sentiment = report.Get<SentimentReport>();
        var objections = report.Get<ObjectionReport>()?.Objections.OrderBy(o => o.Priority)
            .Select(o => $"{SalesforcePicklists.Display(o.Category)} ({o.Severity}, {o.Status}): {SalesforceText.Quoted(o.Evidence.Quote)}");
        Set(fields, "Objections_Raised__c", SalesforceText.Bullets(objections ?? []));
        Set(fields, "Buying_Signals__c", SalesforceText.Bullets(BuyingSignals(sales, sentiment)));
        if (sales?.Deal.Stakeholders is { Count: > 0 } stakeholders)
        {
            fields["Stakeholders_Mentioned__c"] = SalesforceText.Truncate(
                string.Join(", ", stakeholders.Select(s => SalesforcePicklists.Display(s.Value)).Distinct(StringComparer.Ordinal)), SalesforceText.ShortText);
        }

        if (sentiment is not null)
        {
            Set(fields, "Key_Quotes__c", SalesforceText.Bullets(sentiment.KeyMoments.Select(m => $"{SalesforceText.Quoted(m.Quote)} ({m.Emotion})")));
            fields["Call_Sentiment__c"] = SalesforcePicklists.Display(sentiment.Overall);
        }
    }

    /// <summary>The buying signal with the words that showed it, a booked meeting, the BANT criteria met, enthusiasm.</summary>
    private static IEnumerable<string> BuyingSignals(SalesIntelligenceReport? sales, SentimentReport? sentiment)
    {
        if (sales?.Deal.BuyingSignal is { Value: not BuyingSignalLevels.None } signal)
        {
            yield return $"Buying signal: {SalesforcePicklists.Display(signal.Value)}" + (signal.Evidence is { } e ? " - " + SalesforceText.Quoted(e.Quote) : "");
        }

        if (sales?.Deal.MeetingBooked == true)
        {
            yield return sales.Deal.Meeting?.ResolvedDate is { } date ? $"Meeting booked for {date:yyyy-MM-dd}" : "Meeting booked";
        }

        if (sales?.Bant is { } bant)
        {
            foreach (var (name, criterion) in new[] { ("Budget", bant.Budget), ("Authority", bant.Authority), ("Need", bant.Need), ("Timeline", bant.Timeline) })
            {
                if (criterion.Passed)
                {
                    yield return $"{name}: {criterion.Reason}";
                }
            }
        }

        foreach (var marker in sentiment?.EnthusiasmMarkers.Take(5) ?? [])
        {
            yield return "Enthusiasm: " + SalesforceText.Quoted(marker.Evidence.Quote);
        }
    }

    private static void Set(Dictionary<string, object?> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields[name] = value;
        }
    }
}
