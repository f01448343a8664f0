using VoiceAnalytics.Core.Reports.Executive;

namespace VoiceAnalytics.Tests.Reports.Executive;

public sealed class ExecutiveFiguresTests : IDisposable
{
    private readonly ReportsWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Theory]
    [InlineData(true, 0)] // the embedded intake: counted (none failed)
    [InlineData(false, null)] // Azure Storage intake: not visible from the warehouse database
    public async Task ReadAsync_FailedSessions_CountedOnlyWhenTheIntakeIsLocal(bool intakeIsLocal, int? expected)
    {
        var period = ReportPeriod.DayBefore(_warehouse.Time.GetUtcNow(), TimeZoneInfo.Utc);

        var figures = await new ExecutiveFigures(_warehouse.Database, intakeIsLocal).ReadAsync(period, CancellationToken.None);

        Assert.Equal(expected, figures.Risks.FailedSessions);
    }
}
