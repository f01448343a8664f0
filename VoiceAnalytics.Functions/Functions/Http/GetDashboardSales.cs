using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Dashboard.Lists;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/dashboard/sales</c> + the global filters: the sales intelligence panel (spec 6.5, docs/dashboard-api.md).</summary>
public sealed class GetDashboardSales(DashboardQuery query, SalesPanelReader reader)
{
    [Function(nameof(GetDashboardSales))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/sales")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!query.TryRead(request, out var filter, out var problem))
        {
            return problem!;
        }

        return TypedResults.Ok(await reader.ReadAsync(filter, cancellationToken).ConfigureAwait(false));
    }
}
