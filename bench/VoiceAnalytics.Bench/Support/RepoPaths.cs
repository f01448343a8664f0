namespace VoiceAnalytics.Bench.Support;

/// <summary>Finds the inputs by walking up from the binary, so the benchmark runs from any working directory.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding VoiceAnalytics.sln.</summary>
    public static string RepoRoot() =>
        WalkUp(dir => File.Exists(Path.Combine(dir, "VoiceAnalytics.sln")))
        ?? throw new DirectoryNotFoundException($"No VoiceAnalytics.sln above {AppContext.BaseDirectory}.");

    /// <summary>The repository's samples/ folder.</summary>
    public static string Samples() => Path.Combine(RepoRoot(), "samples");

    /// <summary>The first shared/data folder above the binary (the corpus lives beside the repository, not in it).</summary>
    public static string SharedData() =>
        WalkUp(dir => Directory.Exists(Path.Combine(dir, "shared", "data"))) is { } found
            ? Path.Combine(found, "shared", "data")
            : throw new DirectoryNotFoundException($"No shared/data above {AppContext.BaseDirectory}.");

    private static string? WalkUp(Func<string, bool> match)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (match(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
