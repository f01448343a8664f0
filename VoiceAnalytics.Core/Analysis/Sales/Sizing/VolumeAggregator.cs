using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>
/// Turns the stated volumes into one monthly volume: amounts joined in a sentence add up ("40 proposals and 20
/// contracts a month" = 60); a restated amount counts once; a stated total or a correction wins; separate document
/// types said apart add up; otherwise the user's own average, then a usual (not seasonal) amount, then the answer
/// to the volume question, then the most confident.
/// </summary>
internal static class VolumeAggregator
{
    private const double SameAmount = 0.05;

    public static Extracted<int>? Aggregate(IReadOnlyList<VolumeCandidate> candidates)
    {
        var groups = Distinct(Group(candidates));
        if (groups.Count == 0)
        {
            return null;
        }

        var chosen = groups.LastOrDefault(g => g.IsTotal) ?? groups.LastOrDefault(g => g.IsCorrection);
        if (chosen is null && SumOfDocumentTypes(groups) is { } sum)
        {
            return sum;
        }

        chosen ??= groups.OrderByDescending(g => g.IsAverage).ThenBy(g => g.IsSeasonal).ThenByDescending(g => g.Answers)
            .ThenByDescending(g => g.Confidence).First();
        return chosen.ToExtracted();
    }

    /// <summary>Joined amounts of one sentence become one group.</summary>
    private static List<VolumeGroup> Group(IReadOnlyList<VolumeCandidate> candidates)
    {
        var groups = new List<VolumeGroup>();
        foreach (var candidate in candidates)
        {
            if ((candidate.Coordinated || candidate.Additive) && groups.Count > 0 && groups[^1].CanJoin(candidate))
            {
                groups[^1].Add(candidate);
            }
            else
            {
                groups.Add(new VolumeGroup(candidate));
            }
        }

        return groups;
    }

    /// <summary>Drops restatements ("30 a week ... 30 a week is normal"), keeping the first and its cues.</summary>
    private static List<VolumeGroup> Distinct(List<VolumeGroup> groups)
    {
        var kept = new List<VolumeGroup>(groups.Count);
        foreach (var group in groups)
        {
            var same = kept.FirstOrDefault(k => Math.Abs(k.PerMonth - group.PerMonth) <= SameAmount * Math.Max(k.PerMonth, group.PerMonth)
                && (k.Heads.Count == 0 || group.Heads.Count == 0 || k.Heads.Overlaps(group.Heads)));
            if (same is null)
            {
                kept.Add(group);
            }
            else
            {
                same.Absorb(group);
            }
        }

        return kept;
    }

    /// <summary>Different document types said apart ("40 proposals a month" ... "and 20 NDAs a month") add up.</summary>
    private static Extracted<int>? SumOfDocumentTypes(List<VolumeGroup> groups)
    {
        var typed = groups.Where(g => g.IsDocumentTyped).ToList();
        var distinct = typed.Count >= 2 && typed.SelectMany(g => g.Heads).Distinct(StringComparer.Ordinal).Count() == typed.Sum(g => g.Heads.Count);
        if (!distinct)
        {
            return null;
        }

        var total = typed.Sum(g => g.PerMonth);
        var overall = groups.Where(g => !g.IsDocumentTyped && g.Answers).Select(g => g.PerMonth).DefaultIfEmpty(0).Max();
        if (overall >= total)
        {
            return null; // the user's overall figure already covers the types
        }

        var confidence = typed.Min(g => g.Confidence) * 0.9;
        return new Extracted<int>((int)Math.Round(total, MidpointRounding.AwayFromZero), Math.Round(confidence, 2), typed[0].Evidence);
    }
}
