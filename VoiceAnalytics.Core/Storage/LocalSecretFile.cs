using System.Security.Cryptography;

namespace VoiceAnalytics.Core.Storage;

/// <summary>
/// A random secret generated once into a file of the data folder and read back on every start: readable by its owner
/// only (0600) from the moment it exists (Windows keeps its default ACLs), and a file an earlier version left
/// world-readable is tightened. Used for local development keys; never logged.
/// </summary>
public static class LocalSecretFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <returns>The secret (hex of <paramref name="bytes"/> random bytes).</returns>
    public static string ReadOrCreate(string folder, string fileName, int bytes)
    {
        var full = Path.GetFullPath(folder);
        Directory.CreateDirectory(full);
        var file = Path.Combine(full, fileName);
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
                writer.Write(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes)));
            }
            catch (IOException) when (File.Exists(file))
            {
                // another host on the same folder wrote it first: use theirs
            }
        }
        else if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(file) != OwnerOnly)
        {
            File.SetUnixFileMode(file, OwnerOnly); // kept by an earlier version, world-readable
        }

        return File.ReadAllText(file).Trim();
    }
}
