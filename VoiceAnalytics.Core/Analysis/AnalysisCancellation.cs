namespace VoiceAnalytics.Core.Analysis;

/// <summary>
/// The cancellation of the analyzer running on this thread, for the text readers deep inside it that take a string,
/// not a token. <see cref="Analyzer{TResult}"/> enters it around <c>Analyze</c> (synchronous, so one thread); the
/// readers' loops call <see cref="ThrowIfRequested"/> once per sentence, mention or a few hundred words, so an
/// analyzer over its time budget (or a host shutting down) stops within milliseconds instead of finishing the turn.
/// Outside an analyzer the token is <see cref="CancellationToken.None"/> and the check costs a field read.
/// </summary>
public static class AnalysisCancellation
{
    [ThreadStatic]
    private static CancellationToken t_current;

    /// <summary>Makes <paramref name="cancellationToken"/> the current analyzer's token until the scope is disposed.</summary>
    public static Scope Enter(CancellationToken cancellationToken)
    {
        var previous = t_current;
        t_current = cancellationToken;
        return new Scope(previous);
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> when the current analyzer has been cancelled.</summary>
    public static void ThrowIfRequested() => t_current.ThrowIfCancellationRequested();

    /// <summary>Checks every 256th call of a loop: <c>if ((++n &amp; 255) == 0)</c> is cheaper than reading the token each time.</summary>
    public static void ThrowIfRequestedEvery256(ref int counter)
    {
        if ((++counter & 255) == 0)
        {
            t_current.ThrowIfCancellationRequested();
        }
    }

    public readonly struct Scope(CancellationToken previous) : IDisposable
    {
        public void Dispose() => t_current = previous;
    }
}
