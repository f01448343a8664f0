using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Functions.Api;
using VoiceAnalytics.Functions.Functions.Http;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>
/// The Functions app's HTTP triggers on Kestrel, read from their own attributes: every <c>[Function]</c> method with an
/// <c>[HttpTrigger]</c> is served at <c>api/</c> + its route for its methods, on the function class from the services,
/// with the API key filter in front where the function asks for it. Nothing is re-implemented or re-routed here, so a
/// route cannot differ between the local host and Azure.
/// </summary>
public static class LocalRoutes
{
    public static IEndpointRouteBuilder MapFunctionRoutes(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (method, trigger) in HttpFunctions())
        {
            endpoints.MapMethods("/api/" + trigger.Route, trigger.Methods!.Select(m => m.ToUpperInvariant()), context => InvokeAsync(context, method));
        }

        return endpoints;
    }

    /// <summary>The HTTP-triggered functions of the Functions app.</summary>
    public static IEnumerable<(MethodInfo Method, HttpTriggerAttribute Trigger)> HttpFunctions() =>
        from type in typeof(IngestSession).Assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        where method.GetCustomAttribute<FunctionAttribute>() is not null
        let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(t => t is not null)
        where trigger is not null
        select (method, trigger);

    private static async Task InvokeAsync(HttpContext context, MethodInfo method)
    {
        if (ApiKeyFilter.IsMarked(method) && context.RequestServices.GetRequiredService<ApiKeyFilter>().Refuse(context.Request) is { } refusal)
        {
            await refusal.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var function = context.RequestServices.GetRequiredService(method.DeclaringType!);
        var arguments = method.GetParameters().Select(p => Bind(context, p)).ToArray();
        var result = method.Invoke(function, arguments) switch
        {
            Task<IResult> pending => await pending.ConfigureAwait(false),
            IResult done => done,
            var other => throw new InvalidOperationException($"{method.DeclaringType!.Name}.{method.Name} returned {other?.GetType().Name ?? "null"}, not an IResult."),
        };
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    /// <summary>What the Functions worker binds for these triggers: the request, route values by name, the abort token.</summary>
    private static object? Bind(HttpContext context, ParameterInfo parameter) =>
        parameter.ParameterType == typeof(HttpRequest) ? context.Request
        : parameter.ParameterType == typeof(CancellationToken) ? context.RequestAborted
        : parameter.ParameterType == typeof(string) ? context.GetRouteValue(parameter.Name!)?.ToString()
        : throw new InvalidOperationException($"The local host cannot bind parameter '{parameter.Name}' of {parameter.Member.DeclaringType!.Name}.");
}
