using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Functions;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>The local composition root: configuration sources, the Functions app's services, its routes and the local background work.</summary>
public static class VoiceAnalyticsHost
{
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
        builder.Configuration.AddFunctionsSettings(builder.Environment.ContentRootPath, AppContext.BaseDirectory);
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
        app.MapFunctionRoutes();

        // Create the data folder and database now, so a bad path fails the start rather than the first request.
        _ = app.Services.GetRequiredService<SqliteDatabase>();
        return app;
    }
}
