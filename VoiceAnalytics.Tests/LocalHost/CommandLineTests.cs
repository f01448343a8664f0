using VoiceAnalytics.LocalHost.Cli;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.LocalHost;

/// <summary>
/// A mistyped command word gets the usage and exit code 2, not a web server started in its place; help prints the
/// usage; configuration arguments still start the host.
/// </summary>
public sealed class CommandLineTests
{
    private static readonly TimeSpan ExitWithin = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("help", true)]
    [InlineData("--help", true)]
    [InlineData("-h", true)]
    [InlineData("HELP", true)]
    [InlineData("eval", false)]
    [InlineData("--urls", false)]
    public void IsHelp_OnlyTheHelpWords(string first, bool expected) => Assert.Equal(expected, CommandLine.IsHelp(first));

    [Theory]
    [InlineData("evall", true)]
    [InlineData("serve", true)]
    [InlineData("--urls", false)] // configuration as --Key value
    [InlineData("--Storage:Path=./data", false)]
    [InlineData("urls=http://127.0.0.1:8080", false)] // configuration as key=value, which the host also reads
    [InlineData("/urls", false)]
    [InlineData("", false)]
    public void IsUnknownCommand_BareWordsThatAreNotConfiguration(string first, bool expected) =>
        Assert.Equal(expected, CommandLine.IsUnknownCommand(first));

    [Fact]
    public void Usage_NamesEveryCommand()
    {
        Assert.Contains(EvalCommand.Usage, CommandLine.Usage, StringComparison.Ordinal);
        Assert.Contains(RedeliverCommand.Usage, CommandLine.Usage, StringComparison.Ordinal);
        Assert.Contains(WarehouseBackfillCommand.Usage, CommandLine.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MistypedCommand_ExitsWithUsageAndNeverListens()
    {
        using var folder = new TempFolder();
        var port = HostProcess.FreePort();

        var (exitCode, output) = await HostProcess.RunUntilExitAsync(Settings(folder.Path), port, ExitWithin, ["evall"]);

        Assert.Equal(CommandLine.UsageError, exitCode);
        Assert.Contains("Unknown command 'evall'", output, StringComparison.Ordinal);
        Assert.Contains(EvalCommand.Usage, output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path)); // a started host would have created its database here
    }

    [Fact]
    public async Task Help_PrintsUsageAndExitsZero()
    {
        using var folder = new TempFolder();

        var (exitCode, output) = await HostProcess.RunUntilExitAsync(Settings(folder.Path), HostProcess.FreePort(), ExitWithin, ["help"]);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("usage:", output.TrimStart(), StringComparison.Ordinal);
        Assert.Contains(RedeliverCommand.Usage, output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Settings(string dataPath) => new()
    {
        ["Storage__Path"] = dataPath,
    };
}
