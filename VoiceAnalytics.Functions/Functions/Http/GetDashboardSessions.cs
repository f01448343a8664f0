using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Dashboard.Lists;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary>
/// <c>GET /api/dashboard/sessions?kind=&amp;value=&amp;limit=&amp;cursor=</c> + the global filters: the sessions behind one
/// widget entry, newest first, paged (docs/dashboard-api.md).
/// </summary>
public sealed class GetDashboardSessions(DashboardQuery query, SessionDrillDownReader reader)
{
    [Function(nameof(GetDashboardSessions))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/sessions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!query.TryRead(request, out var filter, out var problem))
        {
            return problem!;
        }

        string? Single(string name) => request.Query[name].FirstOrDefault();
        if (!DrillDownRequest.TryParse(Single("kind"), Single("value"), Single("limit"), Single("cursor"), out var drill, out var error))
        {
            return Problems.InvalidParameter(error.Parameter, error.Message);
        }

        return TypedResults.Ok(await reader.ReadAsync(filter, drill, cancellationToken).ConfigureAwait(false));
    }
}
