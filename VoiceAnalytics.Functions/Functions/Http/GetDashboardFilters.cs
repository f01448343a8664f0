using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Core.Dashboard.Figures;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using VoiceAnalytics.Core.Warehouse.Dashboard;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/dashboard/filters</c>: the filter controls' choices (industries and agent versions of the last 90 days) and the goal lines.</summary>
public sealed class GetDashboardFilters(
    DashboardQuery query, IDashboardHours hours, TimeProvider time, IOptions<DashboardGoalOptions> goals, IOptions<OpsAlertOptions> ops, IConfiguration configuration,
    DashboardRollupProgress rollups)
{
    public static readonly TimeSpan ChoicesWindow = TimeSpan.FromDays(90);

    [Function(nameof(GetDashboardFilters))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/filters")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!query.TryRead(request, out var filter, out var problem))
        {
            return problem!;
        }

        var now = time.GetUtcNow();
        var choices = await hours.ChoicesAsync(now - ChoicesWindow, now, cancellationToken).ConfigureAwait(false);
        var g = goals.Value;
        return TypedResults.Json(
            new FiltersPanel(
                new Window(filter.From, filter.To),
                now,
                new Window(now - ChoicesWindow, now),
                DashboardQuery.Ranges,
                [new TierChoice("1", "Tier 1"), new TierChoice("2", "Tier 2")],
                DashboardQuery.Sentiments,
                choices.Industries,
                choices.AgentVersions,
                new Goals(
                    DashboardTargets.LatencyTargetMs, DashboardTargets.LatencyWarningMs, DashboardTargets.P95TargetMs, DashboardTargets.ErrorRateAlertPercent,
                    new Band(DashboardTargets.DurationMinMinutes, DashboardTargets.DurationMaxMinutes), new Band(DashboardTargets.TurnsMin, DashboardTargets.TurnsMax),
                    DashboardTargets.PositiveGoalPercent, DashboardTargets.NaturalEndingGoalPercent, g.QualificationGoalPercent, g.BookingGoalPercent,
                    ops.Value.DailyBudgetUsd),
                SalesforceConfigured(),
                rollups.Building),
            DashboardJson.Options);
    }

    // Read from the section as the sink does, without its validation: credentials missing means "not configured", not an error.
    private bool SalesforceConfigured() => configuration.GetSection(SalesforceOptions.Section).Get<SalesforceOptions>()?.IsConfigured ?? false;
}
