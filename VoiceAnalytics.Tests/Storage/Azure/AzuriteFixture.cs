using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VoiceAnalytics.Tests.Storage.Azure;

/// <summary>
/// A real Azurite (Blob + Queue emulator) on free ports, in memory, for the tests of one collection. Tests share it,
/// so each one uses its own container and queue names.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // The well-known development account key, public by design (it only opens the local emulator).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const string InstallCommand = "npm install --no-audit --no-fund --prefix .tools azurite@3.37.0";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly StringBuilder _output = new();
    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "va-azurite", Guid.NewGuid().ToString("N"));
    private Process? _process;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var launcher = FindLauncher();
        var (blobPort, queuePort, tablePort) = FreePorts();
        Directory.CreateDirectory(_workDir);

        // --location cannot be combined with --inMemoryPersistence; the temp working folder catches any stray file.
        var start = new ProcessStartInfo(launcher)
        {
            WorkingDirectory = _workDir,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl",
            "--blobHost", "127.0.0.1", "--blobPort", Port(blobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Port(queuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Port(tablePort),
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start Azurite ({launcher}).");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        await WaitForPortAsync(blobPort);
        await WaitForPortAsync(queuePort);
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{Port(blobPort)}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{Port(queuePort)}/devstoreaccount1;";
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // best effort: the OS cleans the temp folder
        }
    }

    private static string FindLauncher()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("AZURITE_PATH");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new InvalidOperationException($"AZURITE_PATH is set to '{fromEnvironment}', which does not exist.");
        }

        var root = RepoRoot();
        var launcher = Path.Combine(root ?? ".", ".tools", "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (root is null || !File.Exists(launcher))
        {
            // Fail loudly: a silently skipped suite would hide that the Azure storage code was never tested.
            throw new InvalidOperationException(
                $"Azurite was not found at '{launcher}' and AZURITE_PATH is not set. Run the test command from the README, " +
                $"which installs it (from the repository root: {InstallCommand}).");
        }

        return launcher;
    }

    private static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VoiceAnalytics.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>Three distinct free ports: all three listeners are bound at once, then released.</summary>
    private static (int Blob, int Queue, int Table) FreePorts()
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
            return (ports[0], ports[1], ports[2]);
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    private async Task WaitForPortAsync(int port)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_process!.HasExited)
            {
                await _process.WaitForExitAsync(); // drains the redirected output, so the error below has all of it
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before it listened on port {port}. Its output:\n{Output()}");
            }

            using var client = new TcpClient();
            try
            {
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await client.ConnectAsync(IPAddress.Loopback, port, attempt.Token);
                return;
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
                if (waited.Elapsed > StartTimeout)
                {
                    throw new TimeoutException($"Azurite did not listen on port {port} within {StartTimeout.TotalSeconds} s. Its output:\n{Output()}");
                }
            }

            await Task.Delay(100);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
