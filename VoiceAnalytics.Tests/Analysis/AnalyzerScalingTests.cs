using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.LocalHost.Cli;
using Xunit.Abstractions;

namespace VoiceAnalytics.Tests.Analysis;

/// <summary>
/// All nine analyzers, run stage by stage as the pipeline runs them, on one user turn of growing size without
/// sentence punctuation (issue 10: a 1 MB turn used to take 16+ minutes): time must grow linearly with the turn.
/// And every analyzer that reads the text stops when cancelled, in the middle of the turn.
/// </summary>
[Collection(nameof(AnalyzerScalingTests))]
[CollectionDefinition(nameof(AnalyzerScalingTests), DisableParallelization = true)] // timings, so alone
public sealed class AnalyzerScalingTests(ITestOutputHelper output)
{
    private static readonly int[] SizesKb = [8, 32, 128];

    // Speech-like words with competitor and tool names, numbers and sizes, and no '.', '?' or '!'.
    private static readonly string[] Phrases =
    [
        "so we use docusign today and honestly", "we also tried pandadoc and proposify last year", "um about 40 people on the team",
        "we send maybe 200 contracts a month", "mostly from word templates and google docs", "it connects to salesforce and hubspot",
        "my boss would decide by next quarter", "adobe sign was too expensive for us", "you know like fifteen hundred quotes a year",
        "our legal team reviews each one", "i'm not sure about the pricing yet", "we need it for real estate and insurance",
        "honestly that's too expensive for us", "we don't have the budget right now", "we're locked into a contract with docusign until march",
        "i need to talk to my boss first", "it's not a priority this quarter", "how is it different from docusign or adobe sign",
        "we had 3 people quit and we hired 12 more", "about two thousand five hundred dollars a year is our limit",
    ];

    [Fact]
    public void Analyze_LongUnpunctuatedUserTurn_TakesTimeLinearInItsLength()
    {
        using var services = OfflineServices.Build();
        var analyzers = services.GetServices<IAnalyzer>().ToList();
        Assert.Equal(9, analyzers.Count);
        Measure(analyzers, SizesKb[0]); // warm-up: JIT and the static vocabularies

        var msPerKb = SizesKb.Select(kb => Enumerable.Range(0, 5).Min(_ => Measure(analyzers, kb)) / kb).ToArray();

        var growth = msPerKb[^1] / msPerKb[0];
        var timings = string.Join(", ", SizesKb.Select((kb, i) => $"{kb} KB: {msPerKb[i] * kb:F0} ms CPU"));
        output.WriteLine($"{timings}; time per KB x{growth:F2}");
        Assert.True(growth < 3, $"time per KB grew {growth:F1}x from {SizesKb[0]} KB to {SizesKb[^1]} KB ({timings})");
    }

    private static double Measure(List<IAnalyzer> analyzers, int kb)
    {
        var session = Session(kb);
        GC.Collect(); // the garbage of the previous run is not charged to this one
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime; // CPU time, not wall time: the machine is shared with other builds
        StagedAnalysis.Run(analyzers, session);
        process.Refresh();
        var elapsed = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        Assert.True(elapsed < 5_000, $"{kb} KB took {elapsed:F0} ms of CPU"); // stop early instead of running for minutes
        return elapsed;
    }

    [Fact]
    public void Analyze_CancelledInTheMiddleOfALongTurn_EveryTextReadingAnalyzerStops()
    {
        using var services = OfflineServices.Build();
        var analyzers = services.GetServices<IAnalyzer>().ToList();
        var session = Session(256);
        var earlier = StagedAnalysis.Run(analyzers, session);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // Analyze itself, inside the cancelled scope, as Analyzer<T>.AnalyzeAsync runs it when the token fires mid-run
        // (AnalyzeAsync would refuse a token cancelled before the start).
        var stopped = new List<string>();
        foreach (var analyzer in analyzers)
        {
            var input = AnalysisInput.ForSession(session) with { Earlier = new AnalysisResults(earlier.Where(p => p.Key != analyzer.Name).ToDictionary()) };
            var analyze = analyzer.GetType().GetMethod("Analyze", [typeof(AnalysisInput)])!;
            using (AnalysisCancellation.Enter(cancelled.Token))
            {
                try
                {
                    analyze.Invoke(analyzer, [input]);
                }
                catch (System.Reflection.TargetInvocationException ex) when (ex.InnerException is OperationCanceledException)
                {
                    stopped.Add(analyzer.Name);
                }
            }
        }

        output.WriteLine($"stopped: {string.Join(", ", stopped)}");
        // content_gaps and action_items read this turn with one regex pass each and find nothing to look at more closely.
        string[] readers = ["sales_intelligence", "conversation_quality", "sentiment", "objections_and_competitors"];
        Assert.All(readers, name => Assert.Contains(name, stopped));
    }

    private static SessionPayload Session(int kb)
    {
        var text = new StringBuilder(kb * 1024 + 64);
        for (var i = 0; text.Length < kb * 1024; i++)
        {
            text.Append(Phrases[i % Phrases.Length]).Append(' ');
        }

        var start = new DateTimeOffset(2026, 10, 1, 15, 0, 0, TimeSpan.Zero);
        return new SessionPayload
        {
            SessionId = "long-turn",
            StartTime = start,
            Transcript = new Transcript
            {
                Items =
                [
                    new MessageItem { Id = "m0", Role = "assistant", Content = ["Hi, what brings you to PandaDoc today?"], CreatedAt = 1_790_000_000 },
                    new MessageItem { Id = "m1", Role = "user", Content = [text.ToString()], CreatedAt = 1_790_000_005 },
                    new MessageItem { Id = "m2", Role = "assistant", Content = ["Thanks, that helps. Goodbye!"], CreatedAt = 1_790_000_010 },
                ],
            },
        };
    }
}
