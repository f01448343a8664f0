using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Privacy;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/erasures/{id}</c>: the receipt of an erasure, counts per store, the person by keyed hash only.</summary>
public sealed class GetErasure(IErasureLog log)
{
    [Function(nameof(GetErasure))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "erasures/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var receipt = await log.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return receipt is null ? Problems.ErasureNotFound(id) : TypedResults.Ok(receipt);
    }
}
