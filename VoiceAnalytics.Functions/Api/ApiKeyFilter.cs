using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using VoiceAnalytics.Core.Ingest;

namespace VoiceAnalytics.Functions.Api;

/// <summary>An HTTP function that answers only requests with a valid <c>x-functions-key</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresApiKeyAttribute : Attribute;

/// <summary>
/// The one API key check of the HTTP functions marked <see cref="RequiresApiKeyAttribute"/>: a missing or wrong
/// <c>x-functions-key</c> gets a 401 problem before the function runs. Under Azure it is worker middleware (the
/// functions are anonymous to the Functions host, which knows nothing of <c>Ingest:ApiKey</c>); the local host calls
/// <see cref="Refuse"/> before it invokes the function. Ingest checks its own, because a signature needs the body.
/// </summary>
public sealed class ApiKeyFilter(RequestAuthenticator authenticator) : IFunctionsWorkerMiddleware
{
    public const string Header = "x-functions-key";

    private static readonly ConcurrentDictionary<string, bool> Marked = new(StringComparer.Ordinal);

    /// <summary>The 401 to answer instead of running the function, or null when the request may go on.</summary>
    public IResult? Refuse(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return authenticator.CheckKey(request.Headers[Header].ToString()) is { IsAuthenticated: true }
            ? null
            : Problems.Unauthorized($"Send a valid {Header} header.");
    }

    public static bool IsMarked(MethodInfo function) => function.GetCustomAttribute<RequiresApiKeyAttribute>() is not null;

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Marked.GetOrAdd(context.FunctionDefinition.EntryPoint, IsMarked) && context.GetHttpContext() is { } http && Refuse(http.Request) is { } refusal)
        {
            // The ASP.NET Core integration writes the invocation result as the response.
            context.GetInvocationResult().Value = refusal;
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>The entry point is "Namespace.Type.Method", as the source generator writes it into the function metadata.</summary>
    internal static bool IsMarked(string entryPoint)
    {
        var split = entryPoint.LastIndexOf('.');
        var type = typeof(ApiKeyFilter).Assembly.GetType(entryPoint[..split]);
        return type?.GetMethod(entryPoint[(split + 1)..]) is { } method && IsMarked(method);
    }
}
