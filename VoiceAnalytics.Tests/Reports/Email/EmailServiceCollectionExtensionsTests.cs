using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Reports.Email;

namespace VoiceAnalytics.Tests.Reports.Email;

public sealed class EmailServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSmtpEmail_Configured_SenderDeliversThroughTheConfiguredServer()
    {
        await using var server = new TestSmtpServer();
        await using var provider = CreateProvider(new()
        {
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Security"] = "None",
            ["Email:From"] = "reports@example.com",
            ["Email:To:0"] = "vp@example.com",
        });

        var result = await provider.GetRequiredService<SmtpEmailSender>().SendAsync(new EmailMessage("s", "<p>h</p>", "t"), CancellationToken.None);

        Assert.True(result.IsSent);
        Assert.Equal(["vp@example.com"], Assert.Single(server.Mails).Recipients);
    }

    [Fact]
    public async Task AddSmtpEmail_NoHostNoRecipients_FailsValidation()
    {
        await using var provider = CreateProvider(new() { ["Email:From"] = "reports@example.com" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EmailOptions>>().Value);

        Assert.Contains(nameof(EmailOptions.Host), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(EmailOptions.To), error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider CreateProvider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging();
        services.AddSmtpEmail();
        return services.BuildServiceProvider();
    }
}
