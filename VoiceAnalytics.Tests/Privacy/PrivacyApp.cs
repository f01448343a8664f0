using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Privacy;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Privacy;

/// <summary>The Functions app's services on a temp folder (local storage, outbox sinks) with a fake clock, driven step by step.</summary>
public sealed class PrivacyApp : IDisposable
{
    public const string TierOneText = "We are a team of 40 people and we send about 900 contracts a month, we need Salesforce.";
    public const string TierTwoText = "Hello, how do templates work? I am just looking around.";

    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;

    public PrivacyApp(Action<IServiceCollection>? adjust = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 8, 18, 15, 10, 0, TimeSpan.Zero));
        _services = FunctionsAppServices.Build(_folder.Path, adjust: services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            adjust?.Invoke(services);
        });
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public string DatabaseFile => _services.GetRequiredService<SqliteDatabase>().File;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A payload of a call that ended at the current fake time, from this person, saying <paramref name="userText"/>.</summary>
    public static byte[] Payload(string sessionId, string email, string name, string userText, DateTimeOffset endedAt)
    {
        var node = JsonNode.Parse(Payloads.Minimal(sessionId, userText))!;
        node["user_email"] = email;
        node["user_name"] = name;
        node["start_time"] = endedAt.AddMinutes(-2).ToString("O");
        node["end_time"] = endedAt.ToString("O");
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    public async Task IngestAsync(string sessionId, string email, string name, string userText)
    {
        var result = await Get<SessionIngestor>().IngestAsync(Payload(sessionId, email, name, userText, Time.GetUtcNow()), CancellationToken.None);
        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
    }

    /// <summary>Ingests and processes one call (analysis, warehouse, every sink's outbox).</summary>
    public async Task CallAsync(string sessionId, string email, string name, string userText)
    {
        await IngestAsync(sessionId, email, name, userText);
        Assert.True(await Get<SessionQueueProcessor>().ProcessNextAsync(CancellationToken.None));
    }

    public Task RunRetentionAsync() =>
        Get<IEnumerable<IScheduledJob>>().Single(j => j.Name == "Retention").RunAsync(new JobOccurrence("Retention", Time.GetUtcNow(), false), CancellationToken.None);

    public long Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Get<SqliteDatabase>().Open();
        using var command = connection.Command(sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public string? Text(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Get<SqliteDatabase>().Open();
        using var command = connection.Command(sql, parameters);
        return command.ExecuteScalar() switch { null or DBNull => null, byte[] bytes => Encoding.UTF8.GetString(bytes), var value => value.ToString() };
    }

    public void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Get<SqliteDatabase>().Open();
        using var command = connection.Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
