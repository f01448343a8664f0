using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>A start that cannot work, with the one line that says why (the setting, path or address to fix).</summary>
public sealed partial class StartupFailure : Exception
{
    public StartupFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StartupFailure(string message)
        : base(message)
    {
    }

    public StartupFailure()
    {
    }

    /// <summary>One line for the console: what failed and what to change.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = Find<StartupFailure>(exception)?.Message
            ?? (Find<AddressInUseException>(exception) is not null
                ? $"{Find<IOException>(exception)?.Message ?? "The address is already in use."} Stop the other process or choose another address with --urls."
                : null)
            ?? (Find<OptionsValidationException>(exception) is { } invalid ? Settings(invalid) : null)
            ?? (Find<InvalidOperationException>(exception) is { } binding && binding.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal)
                ? binding.Message
                : null)
            ?? $"{exception.GetType().Name}: {exception.Message}";
        return "Voice Analytics could not start: " + string.Join(' ', reason.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>Each failure with the setting's name (<c>Section:Member</c>) in front.</summary>
    private static string Settings(OptionsValidationException invalid)
    {
        var section = invalid.OptionsType.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
        var failures = invalid.Failures.Select(failure => DataAnnotationFailure().Match(failure) is { Success: true } match
            ? $"setting {(section is null ? "" : section + ":")}{match.Groups["member"].Value}: {match.Groups["error"].Value}"
            : failure);
        return string.Join("; ", failures);
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Select(Find<T>).FirstOrDefault(e => e is not null) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    [GeneratedRegex("members: '(?<member>[^']+)' with the error: '(?<error>.*)'\\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}

/// <summary>
/// Keeps the generic host's own "Hosting failed to start" error (with its stack trace) off the console until the
/// host has started: a failed start is reported as one line by <see cref="VoiceAnalyticsHost.RunAsync"/> instead.
/// </summary>
internal sealed class StartupGate
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private volatile bool _open;

    public void Attach(WebApplicationBuilder builder) =>
        builder.Logging.AddFilter(HostCategory, level => _open && level >= LogLevel.Information);

    public void Open() => _open = true;
}
