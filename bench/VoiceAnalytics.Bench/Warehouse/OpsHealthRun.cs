using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Bench.Warehouse;

/// <summary>
/// One OpsHealth run as the timer does it: every rule of <see cref="OpsRuleCatalog"/> (the app's DI, embedded
/// storage, the generated warehouse file) evaluated at <see cref="WarehouseGenerator.Now"/>. Only the evaluation is
/// timed: applying a result writes alerts and notifications, which would change the next run's input.
/// </summary>
internal static class OpsHealthRun
{
    private const int WarmupRuns = 3;

    public static async Task<(double P50, double P95, IReadOnlyList<(string Rule, double P50)> Rules)> TimeAsync(string file, int runs)
    {
        using var folder = new Support.TempFolder();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FixedTime(WarehouseGenerator.Now))
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = folder.Path }).Build())
            .AddLogging();
        services.AddVoiceAnalyticsCore();
        // The generated file instead of the one under Storage:Path, with every schema the app registers (ledger, outbox...).
        services.AddSingleton(sp => new SqliteDatabase(file, sp.GetServices<ISqliteSchema>()));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var rules = scope.ServiceProvider.GetRequiredService<OpsRuleCatalog>().All;

        var totals = new double[runs];
        var perRule = rules.ToDictionary(r => r.Name, _ => new double[runs], StringComparer.Ordinal);
        for (var run = -WarmupRuns; run < runs; run++)
        {
            var total = Stopwatch.StartNew();
            foreach (var rule in rules)
            {
                var clock = Stopwatch.StartNew();
                await rule.EvaluateAsync(WarehouseGenerator.Now, CancellationToken.None).ConfigureAwait(false);
                if (run >= 0)
                {
                    perRule[rule.Name][run] = clock.Elapsed.TotalMilliseconds;
                }
            }

            if (run >= 0)
            {
                totals[run] = total.Elapsed.TotalMilliseconds;
            }
        }

        Array.Sort(totals);
        return (At(totals, 0.5), At(totals, 0.95), [.. perRule.Select(p => (p.Key, At([.. p.Value.Order()], 0.5)))]);
    }

    private static double At(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
