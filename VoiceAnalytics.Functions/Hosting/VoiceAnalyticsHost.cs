using Microsoft.Extensions.Options;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Functions.Api;
using VoiceAnalytics.Functions.Functions;

namespace VoiceAnalytics.Functions.Hosting;

/// <summary>The composition root: configuration sources, services, endpoints and the local background work.</summary>
public static class VoiceAnalyticsHost
{
    /// <summary>Set by the Azure Functions host for a custom handler: the port to listen on.</summary>
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args);
        await app.StartAsync().ConfigureAwait(false);
        StartupBanner.Print(app);
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
        var mode = Environment.GetEnvironmentVariable(CustomHandlerPortVariable) is { Length: > 0 } ? HostingMode.CustomHandler : HostingMode.Local;

        builder.Configuration.AddFunctionsSettings(builder.Environment.ContentRootPath, AppContext.BaseDirectory);
        if (mode == HostingMode.CustomHandler)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{Environment.GetEnvironmentVariable(CustomHandlerPortVariable)}");
        }
        else if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
        {
            builder.WebHost.UseUrls("http://localhost:7071"); // the Functions default port
        }

        builder.Services.AddSingleton(new HostingModeAccessor(mode));
        builder.Services.AddProblemDetails();
        builder.Services.AddVoiceAnalyticsCore();
        builder.Services.AddLlmAnalysis(builder.Configuration);
        builder.Services.AddFunctions(mode);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapSessionsApi();
        app.MapOutboxApi();
        if (mode == HostingMode.CustomHandler)
        {
            app.MapCustomHandlerInvocations();
        }

        // Create the data folder and database now, so a bad path fails the start rather than the first request.
        _ = app.Services.GetRequiredService<Core.Storage.Sqlite.SqliteDatabase>();
        return app;
    }
}
