using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Dashboard.Lists;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/dashboard/activity</c> + the global filters: the recent alerts and hot leads lists (spec 6.6, docs/dashboard-api.md).</summary>
public sealed class GetDashboardActivity(DashboardQuery query, ActivityListsReader reader)
{
    [Function(nameof(GetDashboardActivity))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/activity")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!query.TryRead(request, out var filter, out var problem))
        {
            return problem!;
        }

        return TypedResults.Ok(await reader.ReadAsync(filter, cancellationToken).ConfigureAwait(false));
    }
}
