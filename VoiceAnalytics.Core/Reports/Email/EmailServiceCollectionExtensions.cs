using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VoiceAnalytics.Core.Reports.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary><see cref="SmtpEmailSender"/> bound to the <c>Email</c> section, validated at start.</summary>
    public static IServiceCollection AddSmtpEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SmtpEmailSender>();
        return services;
    }
}
