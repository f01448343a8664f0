using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Functions.Functions.Analysis;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary>
/// The published Functions app, as the Functions host will index it: <c>functions.metadata</c> in the output of
/// <c>dotnet publish VoiceAnalytics.Functions</c> (scripts/test.sh publishes it to <c>.artifacts/functions</c> before
/// the tests) lists every function with the trigger it needs.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly string PublishFolder = Path.Combine(TestData.RepoRoot, ".artifacts", "functions");

    [Fact]
    public void PublishedOutput_ListsEveryFunctionWithItsTrigger()
    {
        var functions = Published();

        Assert.Equal(("httpTrigger", "sessions", "post"), Http(functions["IngestSession"]));
        Assert.Equal(("httpTrigger", "sessions/{id}", "get"), Http(functions["GetSession"]));
        Assert.Equal(("httpTrigger", "sessions/{id}/retry", "post"), Http(functions["RetrySession"]));
        Assert.Equal(("httpTrigger", "outbox", "get"), Http(functions["GetOutbox"]));
        Assert.Equal(("httpTrigger", "health", "get"), Http(functions["Health"]));
        Assert.Equal(("httpTrigger", "people/{email}", "delete"), Http(functions["ErasePerson"]));
        Assert.Equal(("httpTrigger", "erasures/{id}", "get"), Http(functions["GetErasure"]));
        var start = Trigger(functions["StartSessionAnalysis"]);
        Assert.Equal("queueTrigger", start.GetProperty("type").GetString());
        Assert.Equal("%Queue:Name%", start.GetProperty("queueName").GetString());
        Assert.Contains(functions["StartSessionAnalysis"].GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString() == "durableClient");
        Assert.Equal("orchestrationTrigger", Trigger(functions["AnalyzeSession"]).GetProperty("type").GetString());
        foreach (var timer in new[] { "OpsHealth", "QualityDigest", "DailyExecSummary", "WeeklyRollup", "Retention" })
        {
            var trigger = Trigger(functions[timer]);
            Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
            Assert.Equal($"%Timers:Schedules:{timer}%", trigger.GetProperty("schedule").GetString());
        }
    }

    [Fact]
    public async Task PublishedOutput_HasAnActivityForEveryAnalyzerAndSink_AndAnHttpTriggerForEveryLocalRoute()
    {
        var functions = Published();
        await using var host = await ApiHost.StartAsync();
        var plan = host.Services.GetRequiredService<SessionPlan>();

        foreach (var name in plan.AnalyzerStages.SelectMany(s => s).Select(ActivityNames.ForAnalyzer).Concat(plan.SinkStages.SelectMany(s => s).Select(ActivityNames.ForSink)))
        {
            Assert.True(functions.TryGetValue(name, out var activity), $"no function {name} in functions.metadata");
            Assert.Equal("activityTrigger", Trigger(activity).GetProperty("type").GetString());
        }

        // The local host serves the same HTTP functions at the same routes (api/ + the trigger's route).
        var localRoutes = host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/')).Where(r => r.StartsWith("api/", StringComparison.Ordinal)).Select(r => r["api/".Length..]).ToHashSet(StringComparer.Ordinal);
        var triggerRoutes = functions.Values.Select(Trigger).Where(t => t.GetProperty("type").GetString() == "httpTrigger").Select(t => t.GetProperty("route").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(triggerRoutes.Order(), localRoutes.Order());
    }

    [Fact]
    public void ApiKeyFilter_FindsTheMarkedFunctionsFromThePublishedEntryPoints()
    {
        // Under Azure the filter knows a function only by the entry point the metadata names.
        var marked = Published().Values
            .Where(f => VoiceAnalytics.Functions.Api.ApiKeyFilter.IsMarked(f.GetProperty("entryPoint").GetString()!))
            .Select(f => f.GetProperty("name").GetString()!)
            .Order();

        Assert.Equal(
            ["ErasePerson", "GetDashboardBusiness", "GetDashboardFilters", "GetDashboardPerformance", "GetDashboardQuality", "GetDashboardTrends", "GetErasure", "GetOutbox", "GetSession", "RetrySession"],
            marked);
    }

    [Fact]
    public void PublishedOutput_HasTheHostSettingsAndNoCustomHandler()
    {
        _ = Published();
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(PublishFolder, "host.json")));

        Assert.False(host.RootElement.TryGetProperty("customHandler", out _));
        Assert.Equal(3, host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32());
        Assert.True(File.Exists(Path.Combine(PublishFolder, "VoiceAnalytics.Functions.dll")));
        Assert.True(File.Exists(Path.Combine(PublishFolder, "extensions.json")), "the Durable and Storage Queues host extensions are listed");
    }

    private static Dictionary<string, JsonElement> Published()
    {
        var file = Path.Combine(PublishFolder, "functions.metadata");
        Assert.True(File.Exists(file), $"{file} is missing: run `bash scripts/test.sh` (it publishes the Functions app) or `dotnet publish VoiceAnalytics.Functions -c Release -o .artifacts/functions`.");
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone(), StringComparer.Ordinal);
    }

    private static JsonElement Trigger(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static (string Type, string Route, string Method) Http(JsonElement function)
    {
        var trigger = Trigger(function);
        return (trigger.GetProperty("type").GetString()!, trigger.GetProperty("route").GetString()!, trigger.GetProperty("methods")[0].GetString()!);
    }
}
