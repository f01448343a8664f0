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
