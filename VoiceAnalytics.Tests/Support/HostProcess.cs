using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VoiceAnalytics.Tests.Support;

/// <summary>The host as a separate OS process (<c>dotnet VoiceAnalytics.LocalHost.dll</c>), for crash tests.</summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri address)
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

    public static async Task<HostProcess> StartAsync(IDictionary<string, string> environment)
    {
        var port = FreePort();
        var host = new HostProcess(Process.Start(StartInfo(environment, port, []))!, new Uri($"http://127.0.0.1:{port}"));
        await host.WaitUntilListeningAsync(port).ConfigureAwait(false);
        return host;
    }

    /// <summary>
    /// Starts the host on <paramref name="port"/> and waits for it to exit (for start-up failures): its exit code and
    /// output. <paramref name="firstArguments"/> go before <c>--urls</c>, as a command word would.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(
        IDictionary<string, string> environment, int port, TimeSpan timeout, IReadOnlyList<string>? firstArguments = null)
    {
        using var host = new HostProcess(Process.Start(StartInfo(environment, port, firstArguments ?? []))!, new Uri($"http://127.0.0.1:{port}"));
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await host._process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The host did not exit within {timeout}:\n{host.Output}");
        }

        host._process.WaitForExit(); // the redirected output is complete after this
        return (host._process.ExitCode, host.Output);
    }

    /// <summary>A port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo StartInfo(IDictionary<string, string> environment, int port, IReadOnlyList<string> firstArguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "VoiceAnalytics.LocalHost.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in firstArguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        throw new TimeoutException($"The host did not listen on {port} within 60 s:\n{Output}");
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
}
