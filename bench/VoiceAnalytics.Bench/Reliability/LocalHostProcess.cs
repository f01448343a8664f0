using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VoiceAnalytics.Bench.Reliability;

/// <summary>
/// The local host as its own OS process (<c>dotnet VoiceAnalytics.LocalHost.dll</c>, copied beside the bench), on a
/// free port of 127.0.0.1 with a given data folder, so it can be killed with SIGKILL and started again on the same data.
/// </summary>
public sealed class LocalHostProcess : IDisposable
{
    public const string ApiKey = "reliability-key";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LocalHostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<LocalHostProcess> StartAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "VoiceAnalytics.LocalHost.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Storage__Path"] = dataFolder;
        start.Environment["Ingest__ApiKey"] = ApiKey;
        start.Environment["Timers__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var host = new LocalHostProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        await host.WaitUntilListeningAsync(port, cancellationToken).ConfigureAwait(false);
        return host;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private async Task WaitUntilListeningAsync(int port, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new TimeoutException($"The host did not listen on {port} within 120 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
