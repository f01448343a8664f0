using System.Text.Json;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Actions;
using VoiceAnalytics.Core.Analysis.Gaps;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Contracts.Parsing;
using Xunit.Abstractions;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>
/// Accuracy of objection_categories, failed_searches and action_item_owners over the 30 labeled dev calls: sets by
/// micro-F1 (and exact-match rate), numbers by exact accuracy. Asserts the level reached, minus a small margin.
/// </summary>
public sealed class DevSetAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void Analyze_DevCalls_ReachTheMeasuredAccuracy()
    {
        var objections = new SetScore();
        var owners = new SetScore();
        int calls = 0, searchesRight = 0;
        foreach (var labelsPath in Directory.GetFiles(Path.Combine(TestData.SharedDir, "data", "calls"), "dev-*.labels.json").Order(StringComparer.Ordinal))
        {
            var session = PayloadParser.Parse(File.ReadAllBytes(labelsPath.Replace(".labels.json", ".json", StringComparison.Ordinal))).Payload!;
            using var labels = JsonDocument.Parse(File.ReadAllBytes(labelsPath));
            var expected = labels.RootElement.GetProperty("labels");
            var input = AnalysisInput.ForSession(session);
            var id = Path.GetFileName(labelsPath)[..7];

            objections.Add(id, "objection_categories", Set(expected, "objection_categories"), new ObjectionsAndCompetitorsAnalyzer().Analyze(input).Categories, output);
            owners.Add(id, "action_item_owners", Set(expected, "action_item_owners"), new ActionItemsAnalyzer().Analyze(input).Owners, output);
            var failed = new ContentGapsAnalyzer().Analyze(input).FailedSearches;
            var expectedFailed = expected.GetProperty("failed_searches").GetInt32();
            searchesRight += failed == expectedFailed ? 1 : 0;
            if (failed != expectedFailed)
            {
                output.WriteLine($"{id} failed_searches: expected {expectedFailed}, got {failed}");
            }

            calls++;
        }

        var searchAccuracy = (double)searchesRight / calls;
        output.WriteLine($"objection_categories: F1 {objections.F1:0.000}, exact {objections.Exact(calls):0.000}");
        output.WriteLine($"action_item_owners:   F1 {owners.F1:0.000}, exact {owners.Exact(calls):0.000}");
        output.WriteLine($"failed_searches:      accuracy {searchAccuracy:0.000}");
        Assert.Equal(30, calls);
        Assert.True(objections.F1 >= 0.90, $"objection_categories F1 {objections.F1:0.000}");
        Assert.True(owners.F1 >= 0.90, $"action_item_owners F1 {owners.F1:0.000}");
        Assert.True(searchAccuracy >= 0.99, $"failed_searches accuracy {searchAccuracy:0.000}");
    }

    private static HashSet<string> Set(JsonElement labels, string field) =>
        [.. labels.GetProperty(field).EnumerateArray().Select(v => v.GetString()!)];

    private sealed class SetScore
    {
        private int _truePositives;
        private int _falsePositives;
        private int _falseNegatives;
        private int _exact;

        public double F1 => _truePositives == 0 ? (_falsePositives + _falseNegatives == 0 ? 1 : 0)
            : 2.0 * _truePositives / ((2 * _truePositives) + _falsePositives + _falseNegatives);

        public double Exact(int calls) => (double)_exact / calls;

        public void Add(string id, string field, HashSet<string> expected, IReadOnlyList<string> actual, ITestOutputHelper output)
        {
            var got = actual.ToHashSet();
            _truePositives += got.Count(expected.Contains);
            _falsePositives += got.Count(v => !expected.Contains(v));
            _falseNegatives += expected.Count(v => !got.Contains(v));
            if (got.SetEquals(expected))
            {
                _exact++;
            }
            else
            {
                output.WriteLine($"{id} {field}: expected [{string.Join(", ", expected.Order())}], got [{string.Join(", ", got.Order())}]");
            }
        }
    }
}
