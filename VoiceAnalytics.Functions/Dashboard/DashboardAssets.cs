using System.Collections.Frozen;
using System.Security.Cryptography;

namespace VoiceAnalytics.Functions.Dashboard;

/// <summary>
/// The dashboard's files, embedded in this assembly at build (<c>Dashboard/wwwroot</c> and the vendored Chart.js with
/// its licences, see the project file): name to bytes, content type and a strong ETag. Only these names are served,
/// so a request path never reaches the file system.
/// </summary>
public sealed class DashboardAssets
{
    private const string Prefix = "dashboard/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, DashboardAsset> _assets;

    public DashboardAssets()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var assets = new Dictionary<string, DashboardAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var name = resource[Prefix.Length..];
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
            assets[name] = new DashboardAsset(name, bytes, type, "\"" + Convert.ToHexString(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"");
        }

        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IEnumerable<string> Names => _assets.Keys;

    public DashboardAsset? Find(string? name) => name is not null && _assets.TryGetValue(name, out var asset) ? asset : null;
}

public sealed record DashboardAsset(string Name, byte[] Bytes, string ContentType, string ETag);
