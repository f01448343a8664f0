using System.Runtime.InteropServices;

namespace VoiceAnalytics.Bench.Support;

/// <summary>
/// CPU time the calling thread has used (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>). Unlike wall time it
/// does not count the time the thread waited for a core, so comparisons hold on a host shared with other work.
/// </summary>
public static class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    /// <summary>Whether the clock can be read here (Linux only).</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    /// <summary>The thread's CPU time in nanoseconds, or 0 where <see cref="IsAvailable"/> is false.</summary>
    public static long NowNanoseconds()
    {
        if (!IsAvailable || clock_gettime(ThreadCpuTimeId, out var time) != 0)
        {
            return 0;
        }

        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: the generated marshaller needs unsafe code, and this signature needs none.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
