using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>
/// What a developer needs after <c>dotnet run</c>: where it listens, where the data is, and a ready curl line.
/// Written to the console, not the log, because it shows the generated development key.
/// </summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:7071";
        var database = app.Services.GetRequiredService<SqliteDatabase>();
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var ingest = app.Services.GetRequiredService<IOptionsMonitor<IngestOptions>>().CurrentValue;
        var devKey = app.Services.GetRequiredService<DevelopmentKey>();

        Console.WriteLine($"Voice Analytics is listening on {url}");
        Console.WriteLine($"Data folder: {Path.GetFullPath(storage.Path)} (database {database.File})");
        Console.WriteLine("Press Ctrl+C to stop. Request lines are not logged: their paths can hold an email (DELETE /api/people/{email}).");
        if (devKey.IsGenerated)
        {
            Console.WriteLine($"Development key (generated once, kept in {Path.Combine(Path.GetFullPath(storage.Path), DevelopmentKey.FileName)}): {ingest.ApiKey}");
            Console.WriteLine("Try it:");
            Console.WriteLine($"  curl -i -X POST {url}/api/sessions -H \"x-functions-key: {ingest.ApiKey}\" -H \"Content-Type: application/json\" --data-binary @samples/qualified_meeting_booked.json");
            Console.WriteLine($"  curl -s {url}/api/sessions/pd-trial-success-7741932-x9K2mQ -H \"x-functions-key: {ingest.ApiKey}\"");
            // The key rides in the fragment, which the browser never sends; the page keeps it in session storage and drops it from the address.
            Console.WriteLine($"Dashboard: {url}/dashboard#key={ingest.ApiKey}");
        }
        else
        {
            Console.WriteLine($"Dashboard: {url}/dashboard (asks for the API key once per browser tab)");
        }
    }
}
