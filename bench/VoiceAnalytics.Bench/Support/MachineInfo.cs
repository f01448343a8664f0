using System.Runtime;
using System.Runtime.InteropServices;

namespace VoiceAnalytics.Bench.Support;

/// <summary>What the numbers were measured on; printed with every run so a table never travels without it.</summary>
public static class MachineInfo
{
    public static void Print(TextWriter output)
    {
        output.WriteLine($"- CPUs visible to the process: {Environment.ProcessorCount}");
        output.WriteLine($"- CPU model: {CpuModel()}");
        output.WriteLine($"- Runtime: {RuntimeInformation.FrameworkDescription} on {RuntimeInformation.OSDescription} ({RuntimeInformation.ProcessArchitecture})");
        output.WriteLine($"- GC: {(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}");
        output.WriteLine($"- dynamic PGO: {DynamicPgo()}");
        output.WriteLine($"- load average at start (1/5/15 min, whole machine): {LoadAverage()}");
#if DEBUG
        output.WriteLine("- WARNING: Debug build; run with -c Release for numbers worth keeping");
#endif
    }

    /// <summary>Other processes share the cores; the load average tells a reader how quiet the machine was.</summary>
    public static string LoadAverage()
    {
        const string LoadAvg = "/proc/loadavg";
        return File.Exists(LoadAvg) ? string.Join(' ', File.ReadAllText(LoadAvg).Split(' ').Take(3)) : "n/a";
    }

    /// <summary>
    /// Whether the JIT re-optimizes hot methods from profiles gathered as they run. It moved the analyzers' median pass
    /// by about a fifth (965 against 815 sessions/s), and the local host and the Functions worker differ (bench/README.md,
    /// "Issue 8, session 25").
    /// Since .NET 9 the environment variable wins over runtimeconfig.json, which wins over the runtime's default (on).
    /// </summary>
    public static string DynamicPgo()
    {
        foreach (var name in (string[])["DOTNET_TieredPGO", "COMPlus_TieredPGO"])
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                return $"{(value == "0" ? "off" : "on")} ({name}={value})";
            }
        }

        return AppContext.GetData("System.Runtime.TieredPGO") is { } configured
            ? $"{(string.Equals(configured.ToString(), "false", StringComparison.OrdinalIgnoreCase) ? "off" : "on")} (runtimeconfig.json)"
            : "on (the runtime's default)";
    }

    private static string CpuModel()
    {
        const string CpuInfo = "/proc/cpuinfo";
        if (!File.Exists(CpuInfo))
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }

        var line = File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? "unknown" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
