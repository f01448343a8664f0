using VoiceAnalytics.Core.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Alerts.Business;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Core.Reports;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Sinks.Amplitude;
using VoiceAnalytics.Core.Sinks.Salesforce;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests;

/// <summary>The composition root: every destination and timer once, also when a host adds an area again.</summary>
public sealed class CompositionTests
{
    [Fact]
    public void AddVoiceAnalyticsCore_ThenEachAreaAgain_RegistersEverySinkAndTimerOnce()
    {
        using var folder = new TempFolder();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = folder.Path }).Build());
        services.AddLogging();
        services.AddVoiceAnalyticsCore();
        services.AddSalesforceSink().AddAmplitudeSink().AddBusinessAlerts().AddOpsHealth().AddReportTimers().AddPrivacy();

        using var provider = services.BuildServiceProvider();

        Assert.Equal(["amplitude", "salesforce", "slack-alerts", "warehouse"], provider.GetRequiredService<SinkDispatcher>().SinkNames.Order(StringComparer.Ordinal));
        Assert.Equal(["DailyExecSummary", "OpsHealth", "QualityDigest", "Retention", "WeeklyRollup"], provider.GetServices<IScheduledJob>().Select(t => t.Name).Order(StringComparer.Ordinal));
    }
}
