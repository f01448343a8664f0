using System.Security.Cryptography;
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

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

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

        var folder = Path.GetFullPath(_storage.Value.Path);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, FileName);
        if (!File.Exists(file))
        {
            // Readable by its owner only (0600) from the moment it exists; Windows keeps its default ACLs.
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = OwnerOnly;
            }

            using var writer = new StreamWriter(file, System.Text.Encoding.ASCII, create);
            writer.Write(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));
        }
        else if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(file) != OwnerOnly)
        {
            File.SetUnixFileMode(file, OwnerOnly); // kept by an earlier version, world-readable
        }

        options.ApiKey = File.ReadAllText(file).Trim();
        IsGenerated = true;
    }
}
