using VoiceAnalytics.Core.Reports.Executive;

namespace VoiceAnalytics.Tests.Reports.Executive;

public sealed class ChangeTests
{
    [Theory]
    [InlineData(45d, 40d, "↑ 13%")]
    [InlineData(30d, 40d, "↓ 25%")]
    [InlineData(40d, 40d, "→ flat")]
    [InlineData(0d, 0d, "→ flat")]
    [InlineData(3d, 0d, "new")]
    [InlineData(3d, null, "n/a")]
    public void Relative_Counts_PrintTheRoundedPercentChange(double? current, double? previous, string expected) =>
        Assert.Equal(expected, Change.Relative(current, previous));

    [Theory]
    [InlineData(0.42, 0.40, "↑ 2 pts")]
    [InlineData(0.27, 0.30, "↓ 3 pts")]
    [InlineData(0.5, 0.5, "→ flat")]
    [InlineData(0.5, null, "n/a")]
    public void Points_Rates_PrintPercentagePoints(double? current, double? previous, string expected) =>
        Assert.Equal(expected, Change.Points(current, previous));

    [Theory]
    [InlineData(7.8, 7.5, "↑ 0.3")]
    [InlineData(7.2, 7.5, "↓ 0.3")]
    public void Absolute_Scores_PrintOneDecimal(double current, double previous, string expected) =>
        Assert.Equal(expected, Change.Absolute(current, previous));
}
