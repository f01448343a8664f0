using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Sales.Sizing;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Tests.Analysis.Sales.Sizing;

public sealed class SizingSignalsJsonTests
{
    [Fact]
    public void Serialize_Signals_RoundTripsInSnakeCase()
    {
        var signals = SizingTranscript.Extract("A: How many people would use it? || U: six of us. we send about 40 quotes a week");

        var json = JsonSerializer.Serialize(signals, ReportJson.Options);
        var back = JsonSerializer.Deserialize<SizingSignals>(json, ReportJson.Options);

        Assert.Contains("\"team_size\"", json, StringComparison.Ordinal);
        Assert.Contains("\"per_month\"", json, StringComparison.Ordinal);
        Assert.NotNull(back);
        Assert.Equal(signals.TeamSize, back.TeamSize);
        Assert.Equal(signals.MonthlyVolume, back.MonthlyVolume);
        Assert.Equal(signals.VolumeMentions, back.VolumeMentions);
    }
}
