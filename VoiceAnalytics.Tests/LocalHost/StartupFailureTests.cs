using System.Net;
using System.Net.Sockets;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.LocalHost;

/// <summary>
/// A start that cannot work says why in one line and exits non-zero: no unhandled exception, no stack trace.
/// Each test runs the real host as a process (<c>dotnet VoiceAnalytics.LocalHost.dll</c>).
/// </summary>
public sealed class StartupFailureTests
{
    private static readonly TimeSpan ExitWithin = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task BusyPort_OneLineNamingTheAddress_ExitNonZero()
    {
        using var folder = new TempFolder();
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var (exitCode, output) = await HostProcess.RunUntilExitAsync(Settings(folder.Path), port, ExitWithin);

        AssertOneLineFailure(exitCode, output, $"127.0.0.1:{port}");
        Assert.Contains("--urls", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoragePathUnderARegularFile_OneLineNamingTheSettingAndPath_ExitNonZero()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        var dataPath = Path.Combine(file, "data");

        var (exitCode, output) = await HostProcess.RunUntilExitAsync(Settings(dataPath), HostProcess.FreePort(), ExitWithin);

        AssertOneLineFailure(exitCode, output, "Storage:Path");
        Assert.Contains(dataPath, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoragePathReadOnly_OneLineNamingTheSettingAndPath_ExitNonZero()
    {
        using var folder = new TempFolder();
        var dataPath = Path.Combine(folder.Path, "read-only");
        Directory.CreateDirectory(dataPath);

        // Root writes through file modes, so as root the folder is a read-only tmpfs mount instead.
        var asRoot = Environment.UserName == "root";
        if (OperatingSystem.IsWindows())
        {
            return; // no Unix file modes: the unusable-path test above covers Windows
        }

        if (asRoot)
        {
            Assert.Equal(0, await RunAsync("mount", $"-t tmpfs -o ro,size=1m tmpfs {dataPath}"));
        }
        else
        {
            File.SetUnixFileMode(dataPath, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        try
        {
            var (exitCode, output) = await HostProcess.RunUntilExitAsync(Settings(dataPath), HostProcess.FreePort(), ExitWithin);

            AssertOneLineFailure(exitCode, output, "Storage:Path");
            Assert.Contains(dataPath, output, StringComparison.Ordinal);
        }
        finally
        {
            if (asRoot)
            {
                await RunAsync("umount", dataPath);
            }
            else
            {
                File.SetUnixFileMode(dataPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    private static async Task<int> RunAsync(string file, string arguments)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    [Fact]
    public async Task SettingFailsValidation_OneLineNamingTheSetting_ExitNonZero()
    {
        using var folder = new TempFolder();
        var environment = Settings(folder.Path);
        environment["Queue__MaxDequeueCount"] = "0";

        var (exitCode, output) = await HostProcess.RunUntilExitAsync(environment, HostProcess.FreePort(), ExitWithin);

        AssertOneLineFailure(exitCode, output, "Queue:MaxDequeueCount");
    }

    [Fact]
    public async Task SettingOfTheWrongType_OneLineNamingTheSetting_ExitNonZero()
    {
        using var folder = new TempFolder();
        var environment = Settings(folder.Path);
        environment["Queue__PollInterval"] = "soon";

        var (exitCode, output) = await HostProcess.RunUntilExitAsync(environment, HostProcess.FreePort(), ExitWithin);

        AssertOneLineFailure(exitCode, output, "Queue:PollInterval");
    }

    private static Dictionary<string, string> Settings(string dataPath) => new()
    {
        ["Storage__Path"] = dataPath,
    };

    private static void AssertOneLineFailure(int exitCode, string output, string names)
    {
        Assert.NotEqual(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.Contains(names, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal); // a stack frame
    }
}
