using System.Text.Json;
using VoiceAnalytics.Core.Evaluation;
using VoiceAnalytics.LocalHost.Cli;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Evaluation;

/// <summary>The accuracy gate: the eval command on the labeled development calls.</summary>
public sealed class EvalCommandTests
{
    // Reached 0.997 on the development calls when this was written; the margin allows small trade-offs made for
    // generality, not regressions.
    private const double MacroF1Threshold = 0.95;

    private static string CallsDir => Path.Combine(TestData.SharedDir, "data", "calls");

    [Fact]
    public void Run_DevelopmentCalls_MacroF1AboveThreshold()
    {
        var (code, output, _) = Run(CallsDir, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var macro = json.RootElement.GetProperty("macro_f1").GetDouble();
        Assert.True(macro >= MacroF1Threshold, $"macro F1 {macro} is below {MacroF1Threshold}:\n{output}");
        Assert.Equal(LabelField.All.Count, json.RootElement.GetProperty("fields").EnumerateObject().Count());
        Assert.Equal(30, json.RootElement.GetProperty("sessions").GetInt32());
    }

    // Our own corpus (corpus/README.md): the floors sit a little under what was measured when they were last raised,
    // so a change that loses on calls it was not written for fails here, not months later on real calls.
    [Theory]
    [InlineData("tune", 540, 0.90)]
    [InlineData("holdout", 270, 0.89)]
    [InlineData("blind", 60, 0.82)] // never tuned on, failures never read: a floor only against regressions
    [InlineData("blind2", 30, 0.84)]
    [InlineData("blind3", 60, 0.86)]
    [InlineData("blind4", 60, 0.86)]
    public void Run_OwnCorpus_MacroF1AboveItsFloor(string split, int sessions, double floor)
    {
        var (code, output, _) = Run(Path.Combine(TestData.RepoRoot, "corpus", "calls", split), "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(sessions, json.RootElement.GetProperty("sessions").GetInt32());
        var macro = json.RootElement.GetProperty("macro_f1").GetDouble();
        Assert.True(macro >= floor, $"{split}: macro F1 {macro} is below {floor}:\n{output}");
    }

    [Fact]
    public void Run_Restyle_ScoresTheRewrittenCallsAgainstTheSameLabels()
    {
        var (plainCode, plain, _) = Run(CallsDir, "--json");
        var (code, restyled, _) = Run(CallsDir, "--json", "--restyle", "raw");

        Assert.Equal(0, plainCode);
        Assert.Equal(0, code);
        using var before = JsonDocument.Parse(plain);
        using var after = JsonDocument.Parse(restyled);
        Assert.Equal(30, after.RootElement.GetProperty("sessions").GetInt32());
        Assert.NotEqual(before.RootElement.GetProperty("macro_f1").GetDouble(), after.RootElement.GetProperty("macro_f1").GetDouble());
    }

    [Fact]
    public void Run_RestyleWithoutAKnownStyle_NamesTheStyles()
    {
        var (code, _, error) = Run(CallsDir, "--restyle", "shouty");

        Assert.Equal(2, code);
        Assert.Contains("--restyle takes raw or smart", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Table_PrintsEveryFieldAndTheMacroAverage()
    {
        var (code, output, progress) = Run(CallsDir);

        Assert.Equal(0, code);
        Assert.All(LabelField.All, f => Assert.Contains(f.Name, output, StringComparison.Ordinal));
        Assert.Contains("macro F1", output, StringComparison.Ordinal);
        Assert.Contains("evaluated 30/30", progress, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Predictions_OneLinePerSessionWithEveryField()
    {
        using var first = FirstOfThirtyLines("--predictions");
        var labels = first.RootElement.GetProperty("labels");
        Assert.False(string.IsNullOrEmpty(first.RootElement.GetProperty("session_id").GetString()));
        Assert.All(LabelField.All, f => Assert.True(labels.TryGetProperty(f.Name, out _), f.Name));
        Assert.Equal(JsonValueKind.Array, labels.GetProperty("use_cases").ValueKind);
        Assert.True(labels.GetProperty("meeting_booked").ValueKind is JsonValueKind.True or JsonValueKind.False);
    }

    [Fact]
    public void Run_Reports_OneLinePerSessionWithEveryAnalyzersResult()
    {
        using var first = FirstOfThirtyLines("--reports");
        var expectedId = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(CallsDir, "dev-001.json"))).RootElement.GetProperty("session_id").GetString();
        Assert.Equal(expectedId, first.RootElement.GetProperty("session_id").GetString());
        var results = first.RootElement.GetProperty("results");
        Assert.Equal(
            ["action_items", "content_gaps", "conversation_quality", "executive_summary", "lead_scoring", "objections_and_competitors", "performance_metrics", "sales_intelligence", "sentiment"],
            results.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(12, results.GetProperty("sales_intelligence").GetProperty("sizing").GetProperty("team_size").GetProperty("value").GetInt32());
    }

    /// <summary>Runs eval on the 30 dev calls writing <paramref name="option"/>'s file; it must hold one line per call.</summary>
    private static JsonDocument FirstOfThirtyLines(string option)
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "out.jsonl");

        var (code, _, _) = Run(CallsDir, option, file);

        Assert.Equal(0, code);
        var lines = File.ReadAllLines(file);
        Assert.Equal(30, lines.Length);
        return JsonDocument.Parse(lines[0]);
    }

    [Fact]
    public void Run_Failures_ListsMismatchesWithEvidence()
    {
        using var folder = new TempFolder();
        var source = Path.Combine(CallsDir, "dev-001");
        File.Copy(source + ".json", Path.Combine(folder.Path, "x.json"));
        var labels = File.ReadAllText(source + ".labels.json").Replace("\"team_size\": 12", "\"team_size\": 99", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder.Path, "x.labels.json"), labels);

        var (code, output, _) = Run(folder.Path, "--failures");

        Assert.Equal(0, code);
        Assert.Contains("x team_size: expected 99, predicted 12", output, StringComparison.Ordinal);
        Assert.Contains("\"", output.Split("x team_size")[1], StringComparison.Ordinal); // the quoted evidence follows
    }

    [Theory]
    [InlineData]
    [InlineData("/no/such/folder")]
    [InlineData("--bogus")]
    [InlineData("x", "--restyle", "shouty")]
    public void Run_BadArguments_ExitCode2WithUsage(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = EvalCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
