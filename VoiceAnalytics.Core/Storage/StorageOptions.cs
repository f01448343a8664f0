using System.ComponentModel.DataAnnotations;

namespace VoiceAnalytics.Core.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder of the embedded database and the development key; created when missing.</summary>
    [Required]
    public string Path { get; set; } = "data";

    /// <summary><c>Sqlite</c> (local default) or <c>AzureStorage</c> (Blob payloads, Storage Queue).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Connection string for <c>AzureStorage</c>; falls back to the Functions setting <c>AzureWebJobsStorage</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Blob container of the raw payloads (Azure).</summary>
    public string PayloadContainer { get; set; } = "sessions";

    public string DatabaseFile => System.IO.Path.Combine(System.IO.Path.GetFullPath(Path), "voice-analytics.db");
}
