using System.Globalization;
using System.Text.Json;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>
/// Reads settings the way the Functions host does: <c>host.json</c> for queue retry behaviour and the
/// <c>Values</c> of <c>local.settings.json</c>, both below environment variables and the command line.
/// </summary>
public static class FunctionsSettingsConfiguration
{
    public static IConfigurationBuilder AddFunctionsSettings(this IConfigurationBuilder configuration, params string[] folders)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (Find(folders, "host.json") is { } hostJson)
        {
            AddHostJson(hostJson, settings);
        }

        if (Find(folders, "local.settings.json") is { } localSettings)
        {
            AddLocalSettings(localSettings, settings);
        }

        // Lowest priority: appsettings, environment variables and --key=value arguments all override these.
        if (configuration is IConfigurationManager or ConfigurationBuilder)
        {
            configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = settings });
        }

        return configuration;
    }

    /// <summary><c>extensions.queues.maxDequeueCount</c> and <c>visibilityTimeout</c> (the first retry delay).</summary>
    private static void AddHostJson(string path, Dictionary<string, string?> settings)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("extensions", out var extensions) || !extensions.TryGetProperty("queues", out var queues))
        {
            return;
        }

        if (queues.TryGetProperty("maxDequeueCount", out var max) && max.TryGetInt32(out var count))
        {
            settings["Queue:MaxDequeueCount"] = count.ToString(CultureInfo.InvariantCulture);
        }

        if (queues.TryGetProperty("visibilityTimeout", out var visibility) && visibility.GetString() is { } timeout)
        {
            settings["Queue:RetryBaseDelay"] = timeout;
        }
    }

    /// <summary>Every <c>Values</c> entry, with the Functions/ASP.NET <c>__</c> section separator turned into <c>:</c>.</summary>
    private static void AddLocalSettings(string path, Dictionary<string, string?> settings)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("Values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var value in values.EnumerateObject())
        {
            settings[value.Name.Replace("__", ":", StringComparison.Ordinal)] = value.Value.ValueKind == JsonValueKind.String ? value.Value.GetString() : value.Value.GetRawText();
        }
    }

    private static string? Find(IEnumerable<string> folders, string file) =>
        folders.Select(folder => Path.Combine(folder, file)).FirstOrDefault(File.Exists);
}
