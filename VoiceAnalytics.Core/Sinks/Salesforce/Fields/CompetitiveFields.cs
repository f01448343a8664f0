using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>
/// Spec 4.4: the competitor that matters most (the one in use today, else one being considered, else the first named;
/// "Manual Process" when the user works by hand), the current solution in the user's words, the switching barriers.
/// </summary>
internal static class CompetitiveFields
{
    private static readonly string[] ContextOrder = ["current_tool", "considering", "past_tool", "comparison", "mentioned"];

    public static void AddTo(Dictionary<string, object?> fields, ProductFitSignals fit, ObjectionReport? objections)
    {
        if (Competitor(fit) is { } competitor)
        {
            fields["Competitor_Mentioned__c"] = competitor;
        }

        if (fit.CurrentTool is { } tool)
        {
            var name = SalesforcePicklists.Display(tool.Value);
            fields["Current_Solution__c"] = SalesforceText.Truncate(
                tool.Evidence is { } evidence ? $"{name}: {SalesforceText.Quoted(evidence.Quote)}" : name, SalesforceText.ShortText);
        }

        var mitigations = objections?.BarrierMitigations.ToDictionary(m => m.Barrier, m => m.Strategy, StringComparer.Ordinal) ?? [];
        var barriers = (objections?.SwitchingBarriers ?? []).Select(b =>
        {
            var line = SalesforcePicklists.Display(b.Value) + (b.Evidence is { } evidence ? ": " + SalesforceText.Quoted(evidence.Quote) : "");
            return mitigations.TryGetValue(b.Value, out var strategy) ? $"{line} (mitigation: {strategy})" : line;
        });
        if (SalesforceText.Bullets(barriers) is { } text)
        {
            fields["Switching_Barriers__c"] = text;
        }
    }

    private static string? Competitor(ProductFitSignals fit)
    {
        var primary = fit.Competitors
            .OrderBy(c => Array.IndexOf(ContextOrder, c.Context) is var i && i < 0 ? ContextOrder.Length : i)
            .ThenByDescending(c => c.Confidence)
            .FirstOrDefault();
        if (primary is not null)
        {
            return SalesforcePicklists.Competitor(primary.Competitor);
        }

        return fit.CurrentTool?.Value == "manual" ? SalesforcePicklists.ManualProcess : null;
    }
}
