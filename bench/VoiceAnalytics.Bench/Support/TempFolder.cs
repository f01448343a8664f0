namespace VoiceAnalytics.Bench.Support;

/// <summary>A fresh folder under the temp path, deleted on dispose; or a given folder, kept.</summary>
public sealed class TempFolder : IDisposable
{
    private readonly bool _keep;

    public TempFolder() => Directory.CreateDirectory(Path);

    /// <summary>An existing or new folder that outlives this object (e.g. a generated database under bench/.data).</summary>
    public TempFolder(string path)
    {
        Path = path;
        _keep = true;
        Directory.CreateDirectory(Path);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "va-bench", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (_keep)
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a pooled SQLite handle may still hold the file for a moment; the OS cleans the temp folder
        }
    }
}
