using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Privacy;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Privacy;

public sealed class PrivacyOptionsTests
{
    [Fact]
    public void Defaults_AreTheSpecs()
    {
        var options = new PrivacyOptions();

        Assert.Equal((90, 30, 365, 365, "Tier 1"), (options.RawPayloadDays, options.RedactAfterDays, options.MetricsDays, options.AlertsHistoryDays, options.RetainedTier));
    }

    [Theory]
    [InlineData("Privacy:RedactAfterDays", "0", "Privacy:RedactAfterDays must be between")]
    [InlineData("Privacy:RawPayloadDays", "-1", "Privacy:RawPayloadDays must be between")]
    [InlineData("Privacy:HashKey", "short", "Privacy:HashKey must be at least 32 characters")]
    [InlineData("Privacy:RetainedTier", "", "Privacy:RetainedTier must name the qualified tier")]
    public void Validate_BadSetting_MessageNamesTheSetting(string key, string value, string message)
    {
        using var folder = new TempFolder();
        using var services = FunctionsAppServices.Build(folder.Path, new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PrivacyOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void HashKey_AzureStorageWithoutKey_Refused()
    {
        using var folder = new TempFolder();
        using var services = FunctionsAppServices.Build(folder.Path, new Dictionary<string, string?> { ["Storage:Provider"] = "AzureStorage", ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PrivacyOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("Privacy:HashKey is required", StringComparison.Ordinal));
    }

    [Fact]
    public void HashKey_LocalStorageWithoutKey_GeneratedOnceAndKept()
    {
        using var folder = new TempFolder();
        string first;
        using (var services = FunctionsAppServices.Build(folder.Path))
        {
            first = services.GetRequiredService<IOptions<PrivacyOptions>>().Value.HashKey;
        }

        using var again = FunctionsAppServices.Build(folder.Path);

        Assert.Equal(64, first.Length);
        Assert.Equal(first, again.GetRequiredService<IOptions<PrivacyOptions>>().Value.HashKey);
        Assert.True(File.Exists(Path.Combine(folder.Path, LocalHashKey.FileName)));
    }
}
