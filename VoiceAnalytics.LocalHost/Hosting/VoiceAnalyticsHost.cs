using Microsoft.Extensions.Configuration.Memory;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Functions;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>The local composition root: configuration sources, the Functions app's services, its routes and the local background work.</summary>
public static class VoiceAnalyticsHost
{
    /// <summary>Local defaults below every other source: requests are logged only when something goes wrong, and the banner carries what the host's start lines would say.</summary>
    private static readonly Dictionary<string, string?> LocalDefaults = new()
    {
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
    };

    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        var gate = new StartupGate();
        try
        {
            app = Build(args, builder => gate.Attach(builder));
            await app.StartAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // One line naming the setting, path or address; no stack trace.
            await Console.Error.WriteLineAsync(StartupFailure.Describe(ex)).ConfigureAwait(false);
            return 1;
        }

        gate.Open();
        StartupBanner.Print(app);
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddFunctionsSettings(builder.Environment.ContentRootPath, AppContext.BaseDirectory);
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = LocalDefaults });
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
        {
            builder.WebHost.UseUrls("http://localhost:7071"); // the Functions default port
        }

        builder.Services.AddProblemDetails();
        builder.Services.AddVoiceAnalyticsFunctions(builder.Configuration);
        builder.Services.AddLocalHosting();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(MapFailuresAsync);
        app.MapFunctionRoutes();
        // The dashboard lives at /api/dashboard like every function; /dashboard is the short local address (the
        // browser keeps the #key=... fragment of the banner's link across the redirect).
        app.MapGet("/dashboard", (HttpRequest request) => Results.Redirect("/api/dashboard" + request.QueryString));

        // Create the data folder and database now, so a bad path fails the start rather than the first request.
        try
        {
            _ = app.Services.GetRequiredService<SqliteDatabase>();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            var path = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value.Path;
            throw new StartupFailure($"Storage:Path '{Path.GetFullPath(path)}' is not usable: {ex.Message} Set Storage:Path (Storage__Path) to a writable folder.", ex);
        }

        return app;
    }

    /// <summary>The Functions app's <see cref="FailureMapping"/> as ASP.NET Core middleware: 408 for a stalled body, 503 + Retry-After for storage.</summary>
    private static async Task MapFailuresAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested
                                   && context.RequestServices.GetRequiredService<FailureMapping>().Map(ex, context.Request.Path) is { } problem)
        {
            await problem.ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
