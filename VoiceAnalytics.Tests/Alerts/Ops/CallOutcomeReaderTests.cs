using NSubstitute;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Tests.Alerts.Ops;

/// <summary>The calls of a window come from the warehouse's recorded figures plus the intake's failures; no payload is read.</summary>
public sealed class CallOutcomeReaderTests
{
    private static readonly DateTimeOffset From = new(2026, 8, 18, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = From.AddMinutes(10);

    private readonly IOpsFigures _warehouse = Substitute.For<IOpsFigures>();
    private readonly ISessionActivity _intake = Substitute.For<ISessionActivity>();

    public CallOutcomeReaderTests() =>
        _intake.FailuresAsync(Arg.Any<DateTimeOffset>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns([]);

    [Fact]
    public async Task ReadAsync_RecordedFigures_ClassifiesEachCall()
    {
        Sessions(
            new SessionOutcome("closed", "ERROR", [], null, null),
            new SessionOutcome("tools", "user_initiated", ["book_sales_meeting", "unleash_search_knowledge"], null, null),
            new SessionOutcome("fine", "participant_disconnected", [], 0.4, null),
            new SessionOutcome("old-row", null, [], null, null));

        var calls = await CreateSut().ReadAsync(From, To, CancellationToken.None);

        Assert.Equal(
            ["closed: closed with error", "tools: tool error: book_sales_meeting, unleash_search_knowledge", "fine: ", "old-row: "],
            calls.Select(c => $"{c.SessionId}: {c.Error}"));
        Assert.Equal(0.4, calls[2].Connection!.PacketLoss);
        Assert.Null(calls[2].Connection!.Jitter);
        Assert.Null(calls[3].Connection); // no figures recorded: left out of the connection-quality percentage
    }

    [Fact]
    public async Task ReadAsync_ProcessingFailures_AddedOnceAndNotForAWarehouseSession()
    {
        Sessions(new SessionOutcome("both", null, [], null, null));
        _intake.FailuresAsync(From, To, Arg.Any<CancellationToken>()).Returns(
            [new SessionFailure("both", "JsonException", From), new SessionFailure("failed", new string('x', 300), From.AddMinutes(1))]);

        var calls = await CreateSut().ReadAsync(From, To, CancellationToken.None);

        Assert.Equal(["both", "failed"], calls.Select(c => c.SessionId));
        Assert.False(calls[0].IsError);
        Assert.Equal("processing failed: " + new string('x', 200), calls[1].Error);
    }

    private void Sessions(params SessionOutcome[] sessions) =>
        _warehouse.SessionOutcomesAsync(From, To, Arg.Any<CancellationToken>()).Returns(sessions);

    private CallOutcomeReader CreateSut() => new(_warehouse, _intake);
}
