namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>What the noun after a count says it counts.</summary>
internal enum SizingNounClass
{
    /// <summary>No noun: "maybe 30 a week", "between 10 and 20".</summary>
    Bare,

    /// <summary>"of us", "of them": the speaker's own group.</summary>
    OfUs,

    /// <summary>people, folks, guys, persons.</summary>
    People,

    /// <summary>users, seats, licenses: product seats.</summary>
    Seat,

    /// <summary>reps, agents, recruiters, paralegals: job roles.</summary>
    Role,

    /// <summary>employees, staff, FTEs: company headcount.</summary>
    Headcount,

    /// <summary>"15-person", "four-person": a size compound; the noun after it tells company from team.</summary>
    SizeCompound,

    /// <summary>documents, proposals, contracts, quotes.</summary>
    Document,

    /// <summary>Business events that each produce paperwork: clients, patients, deals, events, orders.</summary>
    Proxy,

    /// <summary>Known non-documents: calls, meetings, hours, offices, units.</summary>
    Excluded,

    /// <summary>An unknown noun.</summary>
    Other,
}
