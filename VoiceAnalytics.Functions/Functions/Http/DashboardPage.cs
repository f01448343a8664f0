using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using VoiceAnalytics.Functions.Api;
using VoiceAnalytics.Functions.Dashboard;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary>
/// <c>GET /api/dashboard</c> (locally also <c>/dashboard</c>) and <c>GET /api/dashboard/assets/{name}</c>: the
/// dashboard page and its files. No key: they hold no data; the page asks for the key and sends it with every
/// <c>/api/dashboard/...</c> data request. The content security policy lets the page load nothing from elsewhere.
/// </summary>
public sealed class DashboardPage(DashboardAssets assets)
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    [Function(nameof(DashboardPage))]
    public IResult Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest request) =>
        Serve(request, "index.html");

    [Function("DashboardAsset")]
    public IResult Asset([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/assets/{name}")] HttpRequest request, string name) =>
        Serve(request, name);

    private IResult Serve(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (assets.Find(name) is not { } asset)
        {
            return Problems.AssetNotFound(name);
        }

        var headers = request.HttpContext.Response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = Policy;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.ETag] = asset.ETag;
        // The page is revalidated every time (a new build is seen at once); its files are named the same in every build, so they too.
        headers[HeaderNames.CacheControl] = "no-cache";
        if (request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(asset.Bytes, asset.ContentType);
    }
}
