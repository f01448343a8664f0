using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>
/// Locally, when neither a key nor a signing secret is configured, a development key is generated once and kept in
/// the data folder, so the API is never open and a restart keeps the same key.
/// </summary>
public sealed class DevelopmentKey : IPostConfigureOptions<IngestOptions>
{
    public const string FileName = "dev-api-key.txt";

    private readonly IOptions<StorageOptions> _storage;

    public DevelopmentKey(IOptions<StorageOptions> storage)
    {
        _storage = storage;
    }

    /// <summary>True when the key in use was generated here (the banner prints it).</summary>
    public bool IsGenerated { get; private set; }

    public void PostConfigure(string? name, IngestOptions options)
    {
        if (!string.IsNullOrEmpty(options.ApiKey) || !string.IsNullOrEmpty(options.SigningSecret))
        {
            return;
        }

        options.ApiKey = LocalSecretFile.ReadOrCreate(_storage.Value.Path, FileName, 24);
        IsGenerated = true;
    }
}
