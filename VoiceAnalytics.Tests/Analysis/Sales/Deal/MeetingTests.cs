namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

public sealed class MeetingTests
{
    private const string Booked = """{"success": true, "meeting_link": "https://meet.example/abc", "calendar_event_id": "evt1"}""";

    [Fact]
    public void Extract_SuccessfulBooking_IsBookedWithItsDetails()
    {
        var deal = DealCall.On().User("Tuesday at 2 works").Booking(Booked).Assistant("You're all set for Tuesday at 2pm.").Extract();

        Assert.True(deal.MeetingBooked);
        var meeting = deal.Meeting!;
        Assert.Equal(("https://meet.example/abc", "evt1", "Pat Lee", "pat@example.com"), (meeting.MeetingLink, meeting.CalendarEventId, meeting.CustomerName, meeting.CustomerEmail));
        Assert.Equal(("next Tuesday", "2pm", 1), (meeting.PreferredDate, meeting.PreferredTime, meeting.Attempts));
        Assert.Equal(new DateOnly(2026, 10, 6), meeting.ResolvedDate);
        Assert.Equal("You're all set for Tuesday at 2pm.", meeting.Confirmation?.Quote);
        Assert.Null(meeting.Error);
    }

    [Theory]
    [InlineData("Calendar booking failed: nobody available", true)]
    [InlineData("""{"success": false, "error": "slot taken"}""", false)]
    [InlineData("""{"status": "failed"}""", false)]
    [InlineData("Unable to book the meeting right now", false)]
    public void Extract_FailedBooking_IsNotBookedAndKeepsTheError(string output, bool isError)
    {
        var deal = DealCall.On().User("tomorrow morning").Booking(output, isError, date: "tomorrow").Extract();

        Assert.False(deal.MeetingBooked);
        Assert.False(deal.Meeting!.Booked);
        Assert.False(string.IsNullOrEmpty(deal.Meeting.Error));
    }

    [Fact]
    public void Extract_FailureThenRetrySucceeds_IsBookedAfterTwoAttempts()
    {
        var deal = DealCall.On()
            .Booking("Calendar booking failed", isError: true)
            .Booking(Booked, time: "3pm")
            .Extract();

        Assert.True(deal.MeetingBooked);
        Assert.Equal((2, "3pm"), (deal.Meeting!.Attempts, deal.Meeting.PreferredTime));
    }

    [Fact]
    public void Extract_BookingWithoutOutput_IsNotBooked() =>
        Assert.False(DealCall.On().Booking(output: null).Extract().MeetingBooked);

    [Fact]
    public void Extract_NoBookingCall_HasNoMeeting()
    {
        var deal = DealCall.Extract("thanks, that's all");

        Assert.False(deal.MeetingBooked);
        Assert.Null(deal.Meeting);
    }
}
