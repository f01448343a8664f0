using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Functions.Api;

/// <summary>
/// The failures an HTTP client should hear about with their cause instead of a bare 500: a body that stalled (408)
/// and storage that cannot take the write (503 with <c>Retry-After</c>). Under Azure it is worker middleware; the
/// local host runs the same mapping as ASP.NET Core middleware.
/// </summary>
public sealed partial class FailureMapping(ILogger<FailureMapping> logger) : IFunctionsWorkerMiddleware
{
    /// <summary>The problem to answer for <paramref name="exception"/>, or null when it is not one of these.</summary>
    public static IResult? ToProblem(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } => Problems.RequestTimeout(),
        BadHttpRequestException => null, // an IOException, but about the request, not storage
        _ when StorageFailure.From(exception) is { } storage => Problems.StorageUnavailable(storage),
        _ => null,
    };

    /// <summary>Maps the exception and logs it (one line, no stack); null when it is not mapped.</summary>
    public IResult? Map(Exception exception, string path)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var problem = ToProblem(exception);
        if (problem is not null)
        {
            Answered(logger, (problem as IStatusCodeHttpResult)?.StatusCode ?? 0, path, exception.GetType().Name, exception.Message);
        }

        return problem;
    }

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (context.GetHttpContext() is { Response.HasStarted: false, RequestAborted.IsCancellationRequested: false } http
                                   && Map(ex, http.Request.Path) is { } problem)
        {
            // The ASP.NET Core integration writes the invocation result as the response.
            context.GetInvocationResult().Value = problem;
        }
    }

    [LoggerMessage(2100, LogLevel.Warning, "Answered {Status} to {Path}: {ExceptionType}: {Reason}")]
    private static partial void Answered(ILogger logger, int status, string path, string exceptionType, string reason);
}
