using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.Tests.Alerts.Ops;

public sealed class OpsHealthServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddOpsHealth_RegistersTheTimerWithTheSpecDefaults()
    {
        await using var harness = await OpsHealthHarness.StartAsync(DateTimeOffset.UnixEpoch);

        var timer = Assert.Single(harness.Services.GetServices<IScheduledJob>().OfType<OpsHealthJob>());
        var options = harness.Services.GetRequiredService<IOptions<OpsAlertOptions>>().Value;
        var rules = harness.Services.GetRequiredService<OpsRuleCatalog>().All.Select(r => r.Name).ToList();

        Assert.Equal("OpsHealth", timer.Name);
        Assert.Equal("0 */2 * * * *", harness.Services.GetRequiredService<IOptions<TimerOptions>>().Value.Schedules[timer.Name]);
        Assert.Equal((10.0, 5.0, 2000.0, 1500.0, 100L, 20.0), (options.CriticalErrorRatePercent, options.ElevatedErrorRatePercent, options.CriticalLatencyMs, options.SustainedLatencyMs, options.QueueBacklogThreshold, options.PoorConnectionPercent));
        Assert.Equal(TimeSpan.FromMinutes(10), options.AgentDownAfter);
        Assert.Equal(
            ["agent_down", "error_rate_critical", "error_rate_elevated", "latency_critical", "latency_sustained", "queue_backlog", "token_spike", "cost_burn", "connection_quality", "api_failure_warehouse", "api_failure_salesforce", "api_failure_amplitude", "api_failure_slack-alerts"],
            rules);
    }

    [Fact]
    public async Task AddOpsHealth_BusinessDaysConfigured_ReplaceTheDefaultDays()
    {
        await using var harness = await OpsHealthHarness.StartAsync(DateTimeOffset.UnixEpoch, settings: new() { ["Alerts:Ops:BusinessDays"] = "saturday, Sunday" });

        var options = harness.Services.GetRequiredService<IOptions<OpsAlertOptions>>().Value;

        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Saturday], options.BusinessDaySet.Order());
    }

    [Fact]
    public async Task AddOpsHealth_UnknownBusinessDay_FailsValidation()
    {
        await using var harness = await OpsHealthHarness.StartAsync(DateTimeOffset.UnixEpoch, settings: new() { ["Alerts:Ops:BusinessDays"] = "Monday,Funday" });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IOptions<OpsAlertOptions>>().Value);

        Assert.Contains("BusinessDays", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddOpsHealth_ElevatedNotBelowCritical_FailsValidationWithTheSettingName()
    {
        await using var harness = await OpsHealthHarness.StartAsync(DateTimeOffset.UnixEpoch, settings: new() { ["Alerts:Ops:ElevatedErrorRatePercent"] = "12" });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IOptions<OpsAlertOptions>>().Value);

        Assert.Contains("ElevatedErrorRatePercent", error.Message, StringComparison.Ordinal);
    }
}
