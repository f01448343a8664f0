using System.Security.Cryptography;
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

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public void PostConfigure(string? name, PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrEmpty(options.HashKey) || (storage.Value.Provider != StorageProvider.Sqlite && !AnyProvider))
        {
            return;
        }

        var folder = Path.GetFullPath(storage.Value.Path);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, FileName);
        if (!File.Exists(file))
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = OwnerOnly;
            }

            try
            {
                using var writer = new StreamWriter(file, System.Text.Encoding.ASCII, create);
                writer.Write(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
            }
            catch (IOException) when (File.Exists(file))
            {
                // another host on the same folder wrote it first: use theirs
            }
        }

        options.HashKey = File.ReadAllText(file).Trim();
    }
}
