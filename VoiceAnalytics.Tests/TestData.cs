namespace VoiceAnalytics.Tests;

/// <summary>
/// The shared reference data (spec, payloads), found by walking up from the test binaries to the folder that holds
/// <c>shared/data</c>: the repository and <c>shared</c> are siblings locally and in CI.
/// </summary>
public static class TestData
{
    private static readonly Lazy<string> Shared = new(FindSharedDir);
    private static readonly Lazy<string> Repo = new(FindRepoRoot);

    /// <summary>The repository root: the folder holding <c>VoiceAnalytics.sln</c>.</summary>
    public static string RepoRoot => Repo.Value;

    /// <summary>The <c>shared</c> folder, e.g. <c>/work/shared</c>.</summary>
    public static string SharedDir => Shared.Value;

    /// <summary>Every session payload: <c>data/livekit/*.json</c> and <c>data/calls/dev-*.json</c> without the labels, sorted.</summary>
    public static IEnumerable<string> PayloadFiles()
    {
        var data = Path.Combine(SharedDir, "data");
        var files = Directory.GetFiles(Path.Combine(data, "livekit"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(data, "calls"), "dev-*.json"))
            .Where(f => !f.EndsWith(".labels.json", StringComparison.OrdinalIgnoreCase))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VoiceAnalytics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No VoiceAnalytics.sln above {AppContext.BaseDirectory}.");
    }

    private static string FindSharedDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var shared = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(shared, "data")))
            {
                return shared;
            }
        }

        throw new DirectoryNotFoundException($"No shared/data folder above {AppContext.BaseDirectory}.");
    }
}
