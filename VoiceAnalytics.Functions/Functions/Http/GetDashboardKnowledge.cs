using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Dashboard.Lists;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/dashboard/knowledge</c> + the global filters: the knowledge base effectiveness panel (spec 6.4, docs/dashboard-api.md).</summary>
public sealed class GetDashboardKnowledge(DashboardQuery query, KnowledgePanelReader reader)
{
    [Function(nameof(GetDashboardKnowledge))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/knowledge")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!query.TryRead(request, out var filter, out var problem))
        {
            return problem!;
        }

        return TypedResults.Ok(await reader.ReadAsync(filter, cancellationToken).ConfigureAwait(false));
    }
}
