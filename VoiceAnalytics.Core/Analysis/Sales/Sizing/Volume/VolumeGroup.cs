using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>Volume mentions joined in one sentence ("40 proposals and 20 contracts a month"), summed.</summary>
internal sealed class VolumeGroup
{
    private readonly List<VolumeCandidate> _parts = [];

    public VolumeGroup(VolumeCandidate first)
    {
        Add(first);
    }

    public HashSet<string> Heads { get; } = new(StringComparer.Ordinal);

    public double PerMonth { get; private set; }

    public int Turn => _parts[0].Turn;

    public int Sentence => _parts[0].Sentence;

    public bool IsTotal { get; private set; }

    public bool IsAverage { get; private set; }

    public bool IsCorrection => _parts.Any(p => p.IsCorrection);

    public bool Answers => _parts.Any(p => p.Answers);

    public bool IsSeasonal => _parts.All(p => p.IsSeasonal);

    public bool IsDocumentTyped => _parts.All(p => p.IsDocument);

    /// <summary>A named stream of paperwork: document types, or what makes them ("households", "loads"), each part with its type.</summary>
    public bool IsTyped => _parts.All(p => p.IsDocument || p.IsProxy);

    /// <summary>Counts only what makes paperwork ("20 deals a month"), no document type.</summary>
    public bool IsProxyOnly => _parts.All(p => p.IsProxy);

    public double Confidence => _parts.Min(p => p.Mention.Confidence) * (_parts.Count > 1 ? 0.95 : 1);

    public Evidence Evidence => _parts[0].Mention.Evidence;

    /// <summary>A joined amount of another kind, said in the same sentence.</summary>
    public bool CanJoin(VolumeCandidate candidate) =>
        candidate.Additive
            ? candidate.Turn == Turn && (candidate.Head is null || !Heads.Contains(candidate.Head)) // "... and renewals are another 40"
            : candidate.Turn == Turn && candidate.Sentence == _parts[^1].Sentence
                && candidate.Head is not null && !Heads.Contains(candidate.Head) && Heads.Count == _parts.Count;

    public void Add(VolumeCandidate candidate)
    {
        _parts.Add(candidate);
        PerMonth += candidate.PerMonthExact;
        IsTotal |= candidate.Mention.IsTotal;
        IsAverage |= candidate.Mention.IsAverage;
        if (candidate.Head is not null)
        {
            Heads.Add(candidate.Head);
        }
    }

    /// <summary>Keeps the cues of a restatement of this amount ("30 a week is normal").</summary>
    public void Absorb(VolumeGroup restatement)
    {
        IsTotal |= restatement.IsTotal;
        IsAverage |= restatement.IsAverage;
    }

    public Extracted<int> ToExtracted() =>
        new((int)Math.Round(PerMonth, MidpointRounding.AwayFromZero), Math.Round(Math.Clamp(Confidence, 0, 1), 2), Evidence);
}
