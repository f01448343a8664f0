using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Dashboard.Figures;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/dashboard/quality</c>: spec 6.3 (<see cref="QualityFigures"/>).</summary>
public sealed class GetDashboardQuality(DashboardQuery query, QualityFigures figures, TimeProvider time)
{
    [Function(nameof(GetDashboardQuality))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/quality")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!query.TryRead(request, out var filter, out var problem))
        {
            return problem!;
        }

        var panel = await figures.ReadAsync(filter, time.GetUtcNow(), query.StartOfDay, cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(panel, DashboardJson.Options);
    }
}
