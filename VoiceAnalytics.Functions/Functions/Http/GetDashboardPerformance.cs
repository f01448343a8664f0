using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Core.Dashboard.Figures;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/dashboard/performance</c>: spec 6.1 (<see cref="PerformanceFigures"/>).</summary>
public sealed class GetDashboardPerformance(DashboardQuery query, PerformanceFigures figures, TimeProvider time, IOptions<OpsAlertOptions> ops)
{
    [Function(nameof(GetDashboardPerformance))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/performance")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!query.TryRead(request, out var filter, out var problem))
        {
            return problem!;
        }

        var now = time.GetUtcNow();
        var anchor = PerformanceFigures.Anchor(filter, now);
        var panel = await figures.ReadAsync(filter, now, query.StartOfDay(anchor), ops.Value.DailyBudgetUsd, cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(panel, DashboardJson.Options);
    }
}
