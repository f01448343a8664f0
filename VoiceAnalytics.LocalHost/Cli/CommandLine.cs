namespace VoiceAnalytics.LocalHost.Cli;

/// <summary>
/// What the local host's arguments ask for. A command word runs that command; help prints the usage; anything the
/// web host reads as configuration (<c>--urls X</c>, <c>--Storage:Path=X</c>, <c>key=value</c>) starts the host.
/// Any other bare word is a mistyped command: it gets the usage and exit code 2 instead of a web server started
/// in its place.
/// </summary>
public static class CommandLine
{
    public const int UsageError = 2;

    public static readonly string Usage = string.Join(
        Environment.NewLine,
        "usage: dotnet run --project VoiceAnalytics.LocalHost [-- HOST-SETTINGS]     starts the local host on http://localhost:7071",
        "         HOST-SETTINGS: configuration as --Key value or --Key=value (for example --urls http://127.0.0.1:8080,",
        "         --Storage:Path ./data); every setting is listed in README.md",
        "       dotnet run --project VoiceAnalytics.LocalHost -- COMMAND ...",
        "         " + EvalCommand.Usage,
        "         " + RedeliverCommand.Usage,
        "         " + WarehouseBackfillCommand.Usage,
        "         help                  this text");

    private static readonly string[] HelpWords = ["help", "--help", "-h", "-?", "/?"];

    public static bool IsHelp(string first) => HelpWords.Contains(first, StringComparer.OrdinalIgnoreCase);

    /// <summary>A bare word (no leading dash or slash, no '=') that no command owns: configuration never looks like that.</summary>
    public static bool IsUnknownCommand(string first) =>
        first.Length > 0 && first[0] is not ('-' or '/') && !first.Contains('=', StringComparison.Ordinal);

    public static int PrintHelp(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Usage);
        return 0;
    }

    public static int RejectUnknown(string command, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        error.WriteLine($"Unknown command '{command}'.");
        error.WriteLine(Usage);
        return UsageError;
    }
}
