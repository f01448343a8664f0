namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>Calls of a period. Qualified means Tier 1; the booking rate is meetings per qualified lead, as in spec 7.5.</summary>
public sealed record ActivityFigures(int Sessions, int UniqueUsers, double? AverageDurationSeconds, int MeetingsBooked, int QualifiedLeads)
{
    public double? QualificationRate => Sessions == 0 ? null : (double)QualifiedLeads / Sessions;

    public double? BookingRate => QualifiedLeads == 0 ? null : (double)MeetingsBooked / QualifiedLeads;
}
