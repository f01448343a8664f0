using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Analysis;

namespace VoiceAnalytics.Bench.Analyzers;

/// <summary>
/// Every <see cref="IAnalyzer"/> Core registers, resolved from Core's own container: an analyzer added to
/// AddVoiceAnalyticsCore later is measured without touching the benchmark.
/// </summary>
public sealed class CoreAnalyzers : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly TempFolder _folder;

    private CoreAnalyzers(ServiceProvider provider, TempFolder folder, IReadOnlyList<IAnalyzer> analyzers)
    {
        _provider = provider;
        _folder = folder;
        Analyzers = analyzers;
    }

    public IReadOnlyList<IAnalyzer> Analyzers { get; }

    /// <summary>True when resolving the analyzers created files in the storage folder (it should not).</summary>
    public bool TouchedStorage => Directory.EnumerateFileSystemEntries(_folder.Path).Any();

    public static CoreAnalyzers Create()
    {
        // AddVoiceAnalyticsCore also registers the SQLite store; point it at a temp folder in case anything opens it.
        var folder = new TempFolder();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = folder.Path })
            .Build();
        var provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddVoiceAnalyticsCore()
            .BuildServiceProvider();
        return new CoreAnalyzers(provider, folder, [.. provider.GetServices<IAnalyzer>()]);
    }

    public void Dispose()
    {
        _provider.Dispose();
        _folder.Dispose();
    }
}
