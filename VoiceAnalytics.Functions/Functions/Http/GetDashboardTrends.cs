using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Dashboard.Figures;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/dashboard/trends</c>: spec 6.6's line charts (<see cref="TrendsFigures"/>).</summary>
public sealed class GetDashboardTrends(DashboardQuery query, TrendsFigures figures, TimeProvider time, IOptions<DashboardGoalOptions> goals)
{
    [Function(nameof(GetDashboardTrends))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/trends")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!query.TryRead(request, out var filter, out var problem))
        {
            return problem!;
        }

        var panel = await figures.ReadAsync(filter, time.GetUtcNow(), query.StartOfDay, goals.Value, cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(panel, DashboardJson.Options);
    }
}
