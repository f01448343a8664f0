namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>What a usage cue says about a count of people.</summary>
internal enum SeatUsage
{
    None,

    /// <summary>They would use it: "three of us would use it".</summary>
    Users,

    /// <summary>The whole group would: "we're 30 people and we'd all use it" (a headcount that is also the seats).</summary>
    WholeGroupUsers,

    /// <summary>They would not: "10 salespeople too, but they wouldn't touch it".</summary>
    NotUsers,
}
