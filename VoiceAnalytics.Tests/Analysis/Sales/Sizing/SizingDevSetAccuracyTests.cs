using System.Globalization;
using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Sales.Sizing;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Contracts.Parsing;
using Xunit.Abstractions;

namespace VoiceAnalytics.Tests.Analysis.Sales.Sizing;

/// <summary>
/// Accuracy of the sizing fields over the 30 labeled development calls (LABELS.md rules: team and company size exact,
/// monthly volume within 15%, null is a value). Prints each field's accuracy and every miss.
/// </summary>
public sealed class SizingDevSetAccuracyTests(ITestOutputHelper output)
{
    // Reached 30/30 on every field; the floor leaves a margin of about two calls.
    private const double MinimumAccuracy = 0.9;
    private const double VolumeTolerance = 0.15;

    [Fact]
    public void Extract_DevelopmentCalls_MatchTheLabels()
    {
        var files = Directory.GetFiles(Path.Combine(TestData.SharedDir, "data", "calls"), "dev-*.labels.json");
        Array.Sort(files, StringComparer.Ordinal);
        Assert.NotEmpty(files);
        int team = 0, company = 0, volume = 0;
        foreach (var labelsFile in files)
        {
            var labels = JsonDocument.Parse(File.ReadAllText(labelsFile)).RootElement.GetProperty("labels");
            var payload = PayloadParser.Parse(File.ReadAllBytes(labelsFile.Replace(".labels.json", ".json", StringComparison.Ordinal))).Payload!;
            var signals = SizingExtractor.Extract(new Conversation(payload));
            var name = Path.GetFileName(labelsFile);
            team += Score(name, "team_size", Label(labels, "team_size"), signals.TeamSize?.Value, 0);
            company += Score(name, "company_size", Label(labels, "company_size"), signals.CompanySize?.Value, 0);
            volume += Score(name, "monthly_volume", Label(labels, "monthly_volume"), signals.MonthlyVolume?.Value, VolumeTolerance);
        }

        var accuracy = (Team: team / (double)files.Length, Company: company / (double)files.Length, Volume: volume / (double)files.Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"team_size accuracy {accuracy.Team:P1} ({team}/{files.Length})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"company_size accuracy {accuracy.Company:P1} ({company}/{files.Length})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"monthly_volume accuracy (+-15%) {accuracy.Volume:P1} ({volume}/{files.Length})"));
        Assert.True(accuracy.Team >= MinimumAccuracy, $"team_size accuracy {accuracy.Team}");
        Assert.True(accuracy.Company >= MinimumAccuracy, $"company_size accuracy {accuracy.Company}");
        Assert.True(accuracy.Volume >= MinimumAccuracy, $"monthly_volume accuracy {accuracy.Volume}");
    }

    private int Score(string file, string field, int? expected, int? actual, double tolerance)
    {
        var hit = expected is null || actual is null
            ? expected == actual
            : Math.Abs(actual.Value - expected.Value) <= tolerance * expected.Value;
        if (!hit)
        {
            output.WriteLine($"{file} {field}: expected {expected?.ToString(CultureInfo.InvariantCulture) ?? "null"}, got {actual?.ToString(CultureInfo.InvariantCulture) ?? "null"}");
        }

        return hit ? 1 : 0;
    }

    private static int? Label(JsonElement labels, string field) =>
        labels.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
