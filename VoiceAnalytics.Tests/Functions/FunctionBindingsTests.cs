using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary>Under the Functions host only routes with an httpTrigger function.json are reachable: every /api route needs one.</summary>
public sealed class FunctionBindingsTests
{
    [Fact]
    public async Task EveryApiRoute_HasAnHttpTriggerFunction()
    {
        await using var host = await ApiHost.StartAsync();
        var routes = host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("api/", StringComparison.Ordinal))
            .Select(r => r["api/".Length..])
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(routes);
        Assert.Subset(HttpTriggerRoutes(), routes);
    }

    private static HashSet<string> HttpTriggerRoutes()
    {
        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(TestData.RepoRoot, "VoiceAnalytics.Functions", "functions"), "function.json", SearchOption.AllDirectories))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var binding in json.RootElement.GetProperty("bindings").EnumerateArray())
            {
                if (binding.GetProperty("type").GetString() == "httpTrigger")
                {
                    routes.Add(binding.GetProperty("route").GetString()!);
                }
            }
        }

        return routes;
    }
}
