using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>
/// With local storage and no <c>Privacy:HashKey</c>, a key is generated once into <c>{Storage:Path}/dev-privacy-key.txt</c>
/// (owner-only, like the development API key) and kept across restarts, so hashes stay stable. Never logged.
/// In Azure (<c>Storage:Provider=AzureStorage</c>) nothing is generated: the setting is required; the local host
/// registers one with <see cref="AnyProvider"/> set, since it is a development run whichever storage it uses.
/// </summary>
public sealed class LocalHashKey(IOptions<StorageOptions> storage) : IPostConfigureOptions<PrivacyOptions>
{
    /// <summary>Generate also when <c>Storage:Provider</c> is <c>AzureStorage</c> (the local host).</summary>
    public bool AnyProvider { get; init; }

    public const string FileName = "dev-privacy-key.txt";

    public void PostConfigure(string? name, PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrEmpty(options.HashKey) || (storage.Value.Provider != StorageProvider.Sqlite && !AnyProvider))
        {
            return;
        }

        options.HashKey = LocalSecretFile.ReadOrCreate(storage.Value.Path, FileName, 32);
    }
}
