using VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;
using VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;
using VoiceAnalytics.Core.Analysis.Text.Numbers;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>A count in a user turn with what surrounds it: its noun, period, cues and usage binding.</summary>
internal sealed class SizingCount(SpokenNumber number, int first, int end, SizingNoun noun)
{
    public SpokenNumber Number { get; } = number;

    /// <summary>First token of the number.</summary>
    public int First { get; } = first;

    /// <summary>Token just past the number.</summary>
    public int End { get; } = end;

    public SizingNoun Noun { get; } = noun;

    public double Value => Number.Value;

    public VolumePeriodMatch? Period { get; set; }

    public SeatUsage Usage { get; set; }

    /// <summary>Said as a summary of what came before: "so six of us", "that's a dozen".</summary>
    public bool IsSummary { get; set; }

    /// <summary>Per unit, not in all: "two at each office", "2 people per store".</summary>
    public bool IsDistributive { get; set; }

    /// <summary>Counted inside a "me and my two estimators" enumeration, which stands for it.</summary>
    public bool IsConsumed { get; set; }

    /// <summary>"just me", "only me": a one-person answer.</summary>
    public bool IsSolo { get; set; }

    /// <summary>Built from a "me and my ..." enumeration rather than a spoken number.</summary>
    public bool IsEnumeration { get; set; }

    /// <summary>This count as a whole: a per-place count already multiplied by the places.</summary>
    public SizingCount Undistributed() =>
        new(Number, First, End, Noun)
        {
            Period = Period,
            Usage = Usage,
            IsSummary = IsSummary,
            IsSolo = IsSolo,
            IsEnumeration = IsEnumeration,
        };

    /// <summary>This count with the value a later correction gave it ("six brokers ... no wait, five").</summary>
    public SizingCount Corrected(SpokenNumber correction) =>
        new(Number with { Value = correction.Value, Low = correction.Low, High = correction.High, IsCorrected = true }, First, End, Noun)
        {
            Period = Period,
            Usage = Usage,
            IsSummary = IsSummary,
            IsDistributive = IsDistributive,
            IsSolo = IsSolo,
            IsEnumeration = IsEnumeration,
        };

    /// <summary>The noun phrase's last token (or the number's last token when there is none).</summary>
    public int PhraseEnd => Math.Max(End, Noun.End);

    /// <summary>Might count people: a people noun (a guessed role only without a period), a headcount, a size compound, or no noun and no period.</summary>
    public bool MayCountPeople =>
        !IsConsumed && ((Noun.IsPeople && !(Noun.Guessed && Period is not null)) || Noun.Class is SizingNounClass.Headcount or SizingNounClass.SizeCompound
            || (Noun.Class == SizingNounClass.Bare && Period is null));
}
