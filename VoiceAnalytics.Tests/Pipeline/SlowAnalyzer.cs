using VoiceAnalytics.Core.Analysis;

namespace VoiceAnalytics.Tests.Pipeline;

/// <summary>
/// A deliberately slow analyzer for budget, concurrency and shutdown tests. It is slow only on sessions whose text
/// holds <see cref="Marker"/> (every session when the marker is empty). <c>honoursCancellation</c>: wait on the token
/// (an analyzer that checks it) or block the thread for <paramref name="blockFor"/> (one that never looks at it).
/// </summary>
public sealed class SlowAnalyzer(string name, bool honoursCancellation, TimeSpan blockFor, string marker = "") : IAnalyzer
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => name;

    public int Version => 1;

    public AnalyzerStage Stage => AnalyzerStage.FanOut;

    public Type ResultType => typeof(TestResult);

    public string Marker => marker;

    /// <summary>Completes when a slow run has begun.</summary>
    public Task Started => _started.Task;

    /// <summary>Lets a waiting (cancellation-honouring) run finish normally.</summary>
    public void Release() => _release.TrySetResult();

    public async ValueTask<object> AnalyzeAsync(AnalysisInput input, CancellationToken cancellationToken)
    {
        var slow = marker.Length == 0 || input.Session.Transcript.Items.OfType<Core.Contracts.TranscriptItems.MessageItem>().Any(m => m.Text.Contains(marker, StringComparison.Ordinal));
        if (slow)
        {
            _started.TrySetResult();
            if (honoursCancellation)
            {
                await Task.WhenAny(_release.Task, Task.Delay(blockFor, cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }
            else
            {
                // Work that never looks at its token. It waits without holding a pool thread: a blocked thread on
                // this 2-core machine starved the other analyzers' Task.Run past their 300 ms budget (a flaky test).
                await Task.WhenAny(_release.Task, Task.Delay(blockFor, CancellationToken.None)).ConfigureAwait(false);
            }
        }

        return new TestResult(name, 1, []);
    }
}
