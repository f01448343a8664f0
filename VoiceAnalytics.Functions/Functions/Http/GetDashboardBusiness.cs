using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Dashboard.Figures;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/dashboard/business</c>: spec 6.2 (<see cref="BusinessFigures"/>).</summary>
public sealed class GetDashboardBusiness(DashboardQuery query, BusinessFigures figures, TimeProvider time, IOptions<DashboardGoalOptions> goals)
{
    [Function(nameof(GetDashboardBusiness))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/business")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!query.TryRead(request, out var filter, out var problem))
        {
            return problem!;
        }

        var panel = await figures.ReadAsync(filter, time.GetUtcNow(), goals.Value.QualificationGoalPercent, cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(panel, DashboardJson.Options);
    }
}
