using System.Reflection;
using System.Runtime.Loader;

namespace VoiceAnalytics.Bench.Analyzers;

/// <summary>
/// Another build of the bench, loaded beside this one: its own Core and packages, resolved as its host would (the
/// higher of its copy and the shared framework's, both loaded here so a framework assembly binds its dependencies
/// in this context too); the base class library stays shared.
/// </summary>
internal sealed class BuildLoadContext(string folder) : AssemblyLoadContext($"build {folder}", isCollectible: false)
{
    private static readonly Dictionary<string, string> Platform =
        ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? string.Empty;
        if (name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib")
        {
            return null;
        }

        var own = Path.Combine(folder, name + ".dll");
        var hasOwn = File.Exists(own);
        var hasFramework = Platform.TryGetValue(name, out var framework);
        if (!hasOwn && !hasFramework)
        {
            return null;
        }

        var path = !hasOwn || (hasFramework && AssemblyName.GetAssemblyName(framework!).Version > AssemblyName.GetAssemblyName(own).Version)
            ? framework!
            : own;
        return LoadFromAssemblyPath(path);
    }
}
