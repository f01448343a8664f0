using System.Diagnostics;

namespace VoiceAnalytics.Bench.Drain;

/// <summary>
/// The process's CPU time (every thread: the pool's analyzers, SQLite, the GC) and its allocated bytes over an interval:
/// a drain's wall time on a shared machine mixes in other processes, its own CPU does not.
/// </summary>
public readonly record struct CpuAndAllocations(TimeSpan Cpu, long Allocated)
{
    public static CpuAndAllocations Start()
    {
        GC.Collect();
        return new(Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
    }

    public (TimeSpan Cpu, long Allocated) Stop() =>
        (Process.GetCurrentProcess().TotalProcessorTime - Cpu, GC.GetTotalAllocatedBytes(precise: true) - Allocated);
}
