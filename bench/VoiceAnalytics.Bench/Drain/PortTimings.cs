using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;

namespace VoiceAnalytics.Bench.Drain;

/// <summary>
/// Time spent in each method of the storage ports a session goes through, summed over a drain: every port is
/// wrapped in a <see cref="DispatchProxy"/> that records from the call to the completion of its task.
/// </summary>
public sealed class PortTimings
{
    private readonly ConcurrentDictionary<string, (long Calls, long Ticks)> _calls = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, (long Calls, long Ticks)> Calls => _calls;

    /// <summary>Replaces the last registration of <typeparamref name="T"/> with a timed wrapper of what it resolved to.</summary>
    public void Wrap<T>(IServiceCollection services)
        where T : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(registered);
        services.AddSingleton(sp => TimedPort<T>.Create(Resolve<T>(sp, registered), this));
    }

    internal void Add(string name, long ticks) =>
        _calls.AddOrUpdate(name, (1, ticks), (_, c) => (c.Calls + 1, c.Ticks + ticks));

    private static T Resolve<T>(IServiceProvider services, ServiceDescriptor registered) =>
        (T)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));
}

/// <summary>The timing wrapper of one port.</summary>
public class TimedPort<T> : DispatchProxy
    where T : class
{
    private T _inner = null!;
    private PortTimings _timings = null!;

    internal static T Create(T inner, PortTimings timings)
    {
        var proxy = Create<T, TimedPort<T>>();
        var timed = (TimedPort<T>)(object)proxy;
        timed._inner = inner;
        timed._timings = timings;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var name = typeof(T).Name + "." + targetMethod.Name;
        var start = Stopwatch.GetTimestamp();
        object? result;
        try
        {
            result = targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }

        if (result is Task task)
        {
            _ = task.ContinueWith(_ => _timings.Add(name, Stopwatch.GetTimestamp() - start), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        else
        {
            _timings.Add(name, Stopwatch.GetTimestamp() - start);
        }

        return result;
    }
}
