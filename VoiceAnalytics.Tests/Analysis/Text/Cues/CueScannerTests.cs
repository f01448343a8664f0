using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Tests.Analysis.Text.Cues;

public sealed class CueScannerTests
{
    private static readonly Cue LetsGo = new(new Regex(@"\blet['’]?s\s+go\b", RegexOptions.IgnoreCase), ["let's"]);
    private static readonly Cue CfoApproval = new(new Regex(@"\bcfo\b", RegexOptions.IgnoreCase), ["cfo"]);
    private static readonly Cue ItTeam = new(new Regex(@"\bit\s+team\b", RegexOptions.IgnoreCase), ["=IT"]);
    private static readonly CueScanner Scanner = new(LetsGo, CfoApproval, ItTeam);

    [Theory]
    [InlineData("ok, let's go")]
    [InlineData("ok, let’s go")]
    public void Matches_ContractionTrigger_TriggersAsItself(string text) =>
        Assert.Single(Scanner.Scan(text).Matches(LetsGo));

    [Fact]
    public void Matches_PossessiveOfATrigger_TriggersTheBaseWord() =>
        Assert.Single(Scanner.Scan("it needs our CFO's approval").Matches(CfoApproval));

    [Theory]
    [InlineData("our IT team will check", 1)]
    [InlineData("it team spirit is high", 0)]
    public void Matches_ExactCaseTrigger_OnlyInThatCase(string text, int expected) =>
        Assert.Equal(expected, Scanner.Scan(text).Matches(ItTeam).Count());

    [Fact]
    public void Matches_RegexRunsOnlyInSentencesWithATrigger()
    {
        // The second sentence would match the pattern but holds no trigger word ("lets" is not "let's").
        var scan = Scanner.Scan("Let's go now. Lets go later.");

        Assert.Equal(["Let's go"], scan.Matches(LetsGo).Select(m => m.Value));
    }

    [Fact]
    public void MayMatch_NoTriggerAnywhere_IsFalse() =>
        Assert.False(Scanner.Scan("nothing to see here").MayMatch(CfoApproval));
}
