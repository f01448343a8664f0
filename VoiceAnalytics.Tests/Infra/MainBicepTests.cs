using System.Text.Json;
using Cronos;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.Tests.Infra;

/// <summary>
/// What the Azure template must agree on with the app, read from the ARM JSON that scripts/bicep.sh compiles
/// (.tools/main.json). Nothing here deploys: these are the facts a template edit or an app default change can break.
/// </summary>
public sealed class MainBicepTests
{
    private const string SchedulePrefix = "Timers__Schedules__";

    private static CompiledTemplate Template => CompiledTemplate.Instance;

    [Fact]
    public void FunctionApp_RunsDotnetIsolatedOnDotnet10()
    {
        var config = Template.Single("Microsoft.Web/sites").GetProperty("properties").GetProperty("functionAppConfig");

        var runtime = config.GetProperty("runtime");
        Assert.Equal("dotnet-isolated", runtime.GetProperty("name").GetString());
        Assert.Equal("10.0", runtime.GetProperty("version").GetString());
    }

    [Fact]
    public void Template_KeepsNothingOfTheCustomHandler()
    {
        Assert.DoesNotContain("customHandler", Template.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("linuxFxVersion", Template.Text, StringComparison.Ordinal);
        // Flex Consumption takes the runtime from functionAppConfig alone; a worker runtime setting may only repeat it.
        Assert.True(
            !Template.AppSettings.ContainsKey("FUNCTIONS_WORKER_RUNTIME") || Template.Setting("FUNCTIONS_WORKER_RUNTIME") == "dotnet-isolated",
            "FUNCTIONS_WORKER_RUNTIME must be dotnet-isolated or absent.");
    }

    [Fact]
    public void Storage_NamesAreTheAppDefaults()
    {
        // The Functions queue trigger and the app's own dead-lettering both poison to "<queue>-poison".
        var queue = new QueueOptions().Name;
        var container = new StorageOptions().PayloadContainer;

        var queues = Template.OfType("Microsoft.Storage/storageAccounts/queueServices/queues").Select(Template.LeafName).Order();
        var containers = Template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").Select(Template.LeafName);

        Assert.Equal(new[] { queue, queue + "-poison" }, queues);
        Assert.Equal(queue, Template.Setting("Queue__Name"));
        Assert.Contains(container, containers);
        Assert.Equal(container, Template.Setting("Storage__PayloadContainer"));
        Assert.Equal("AzureStorage", Template.Setting("Storage__Provider"));
    }

    [Fact]
    public void TimerSchedules_AreTheAppDefaultsAsSixFieldNcrontab()
    {
        var defaults = new TimerOptions().Schedules;

        var schedules = Template.AppSettings.Keys.Where(k => k.StartsWith(SchedulePrefix, StringComparison.Ordinal))
            .ToDictionary(k => k[SchedulePrefix.Length..], Template.Setting);

        Assert.Equal(defaults.Keys.Order(), schedules.Keys.Order());
        Assert.All(schedules, schedule =>
        {
            Assert.Equal(6, schedule.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            CronExpression.Parse(schedule.Value, CronFormat.IncludeSeconds);
            Assert.Equal(defaults[schedule.Key], schedule.Value);
        });
    }

    [Fact]
    public void LifecyclePolicy_DeletesRawPayloadsAfterTheAppsRetention()
    {
        var days = new VoiceAnalytics.Core.Privacy.PrivacyOptions().RawPayloadDays;
        var container = new StorageOptions().PayloadContainer;
        var rule = Template.Single("Microsoft.Storage/storageAccounts/managementPolicies")
            .GetProperty("properties").GetProperty("policy").GetProperty("rules")[0];

        Assert.True(rule.GetProperty("enabled").GetBoolean());
        var prefixes = rule.GetProperty("definition").GetProperty("filters").GetProperty("prefixMatch").EnumerateArray()
            .Select(p => Template.Evaluate(p.GetString()!)).ToList();
        Assert.Contains($"{container}/payloads/", prefixes);
        Assert.Contains($"{container}/activity/", prefixes);
        Assert.Contains($"{container}/people/", prefixes);
        var delete = rule.GetProperty("definition").GetProperty("actions").GetProperty("baseBlob").GetProperty("delete");
        Assert.Equal(days.ToString(System.Globalization.CultureInfo.InvariantCulture), Template.Evaluate(delete.GetProperty("daysAfterCreationGreaterThan").ToString()));
        Assert.Contains("rawPayloadRetentionDays", Template.AppSettings["Privacy__RawPayloadDays"], StringComparison.Ordinal); // the app deletes on the same day count
        Assert.Contains("privacyHashKey", Template.SecureParameters);
        Assert.Contains("privacy-hash-key", Template.AppSettings["Privacy__HashKey"], StringComparison.Ordinal); // a Key Vault reference
    }

    [Fact]
    public void DurableTaskHub_IsAValidHubNameOnIdentityBasedHostStorage()
    {
        Assert.Matches("^[A-Za-z][A-Za-z0-9]{2,44}$", Template.Setting("DurableTaskHub"));
        Assert.DoesNotContain("AzureWebJobsStorage", Template.AppSettings.Keys);
        Assert.Contains("AzureWebJobsStorage__accountName", Template.AppSettings.Keys);
        Assert.Contains("AzureWebJobsStorage__clientId", Template.AppSettings.Keys);
        Assert.Equal("managedidentity", Template.Setting("AzureWebJobsStorage__credential"));

        // Once host.json configures Durable, it names the hub through this setting.
        using var host = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(TestData.RepoRoot, "host.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (host.RootElement.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("durableTask", out var durable)
            && durable.TryGetProperty("hubName", out var hubName))
        {
            Assert.Equal("%DurableTaskHub%", hubName.GetString());
        }
    }

    [Fact]
    public void ApplicationInsights_ConnectionStringComesFromTheWorkspaceBasedComponent()
    {
        var component = Template.Single("Microsoft.Insights/components").GetProperty("properties");

        Assert.True(component.TryGetProperty("WorkspaceResourceId", out _), "Application Insights must be workspace-based.");
        var connection = Template.AppSettings["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        Assert.Contains("'Microsoft.Insights/components'", connection, StringComparison.Ordinal);
        Assert.EndsWith(".ConnectionString]", connection, StringComparison.Ordinal);
    }

    [Fact]
    public void SecureParameters_ReachNeitherOutputsNorPlainSettings()
    {
        var secure = Template.SecureParameters;
        var secretVariables = SecretVariables(secure);

        Assert.Contains("ingestApiKey", secure);
        Assert.Contains("ingestSigningSecret", secure);
        Assert.All(Template.Root.GetProperty("outputs").EnumerateObject(), output =>
        {
            var value = output.Value.GetProperty("value").GetRawText();
            Assert.DoesNotContain("listKeys", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secure, p => value.Contains($"parameters('{p}')", StringComparison.Ordinal));
            Assert.DoesNotContain(secretVariables, v => value.Contains($"variables('{v}')", StringComparison.Ordinal));
        });
        // A secret reaches the app as a Key Vault reference, never as the value itself.
        Assert.All(Template.AppSettings, setting =>
        {
            Assert.DoesNotContain("listKeys", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secure, p => setting.Value == $"[parameters('{p}')]");
        });
    }

    // Variables whose value is, or is built from, a secure parameter or listKeys, directly or through another one.
    private static HashSet<string> SecretVariables(IReadOnlyList<string> secure)
    {
        var variables = Template.Root.GetProperty("variables").EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetRawText());
        var secret = new HashSet<string>(StringComparer.Ordinal);
        bool added;
        do
        {
            added = false;
            foreach (var (name, value) in variables)
            {
                if (!secret.Contains(name)
                    && (value.Contains("listKeys", StringComparison.OrdinalIgnoreCase)
                        || secure.Any(p => value.Contains($"parameters('{p}')", StringComparison.Ordinal))
                        || secret.Any(v => value.Contains($"variables('{v}')", StringComparison.Ordinal))))
                {
                    added = secret.Add(name);
                }
            }
        }
        while (added);

        return secret;
    }
}
