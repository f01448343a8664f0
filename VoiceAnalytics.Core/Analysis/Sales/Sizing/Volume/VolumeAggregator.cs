using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

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

        var total = groups.LastOrDefault(g => g.IsTotal);
        var correction = groups.LastOrDefault(g => g.IsCorrection && Revises(g, groups));
        if (total is not null && correction is not null && groups.IndexOf(correction) > groups.IndexOf(total))
        {
            total = null; // "15 a day across all three, no wait, that's too high, more like ten": the total was revised
        }

        if (total is not null && total.Heads.Count > 0)
        {
            return WithLaterStreams(total, groups); // "so that's 360 slips a month. and re-enrollment, 380 families a year"
        }

        var chosen = total ?? correction;
        if (chosen is null && SumOfDocumentTypes(groups) is { } sum)
        {
            return sum;
        }

        chosen ??= groups.OrderByDescending(g => g.IsAverage).ThenBy(g => g.IsSeasonal).ThenByDescending(g => g.Answers)
            .ThenByDescending(g => g.Confidence).First();
        return chosen.ToExtracted();
    }

    /// <summary>
    /// A correction revises an amount of its own stream: "more like 30" of a document type no earlier amount named
    /// ("the quotes are four a day ... the supply agreements are more like 30 a year") is another stream, not a revision.
    /// </summary>
    private static bool Revises(VolumeGroup correction, List<VolumeGroup> groups)
    {
        if (correction.Heads.Count == 0)
        {
            return true;
        }

        var earlier = groups.TakeWhile(g => g != correction).Where(g => g.Heads.Count > 0).ToList();
        return earlier.Count == 0 || earlier.Any(g => g.Heads.Overlaps(correction.Heads));
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
            // "20 deals a month, so 20 contracts": the same amount said of what makes the paperwork and of the paperwork.
            var same = kept.FirstOrDefault(k => Math.Abs(k.PerMonth - group.PerMonth) <= SameAmount * Math.Max(k.PerMonth, group.PerMonth)
                && (k.Heads.Count == 0 || group.Heads.Count == 0 || k.Heads.Overlaps(group.Heads) || k.IsProxyOnly != group.IsProxyOnly));
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

    /// <summary>
    /// A stated total sums what was said before it; a named stream of another kind said after it, usual rather than
    /// seasonal, is more paperwork on top ("so that's 360 slips a month ... and re-enrollment is 380 families a year").
    /// </summary>
    private static Extracted<int> WithLaterStreams(VolumeGroup total, List<VolumeGroup> groups)
    {
        var perMonth = total.PerMonth;
        var heads = new HashSet<string>(total.Heads, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var later = group.Turn > total.Turn || (group.Turn == total.Turn && group.Sentence > total.Sentence);
            if (later && !group.IsTotal && group.IsTyped && !group.IsSeasonal && group.Heads.Count > 0 && !heads.Overlaps(group.Heads))
            {
                perMonth += group.PerMonth;
                heads.UnionWith(group.Heads);
            }
        }

        return total.ToExtracted() with { Value = (int)Math.Round(perMonth, MidpointRounding.AwayFromZero) };
    }

    /// <summary>
    /// Different streams of paperwork said apart add up: document types ("40 proposals a month" ... "and 20 NDAs a
    /// month"), and the usual (not seasonal) count of what makes paperwork ("1,400 policies renew each year ... plus
    /// 15 new applications a month").
    /// </summary>
    private static Extracted<int>? SumOfDocumentTypes(List<VolumeGroup> groups)
    {
        var typed = groups.Where(g => g.IsDocumentTyped || (g.IsTyped && !g.IsSeasonal)).ToList();
        var distinct = typed.Count >= 2 && typed.SelectMany(g => g.Heads).Distinct(StringComparer.Ordinal).Count() == typed.Sum(g => g.Heads.Count);
        if (!distinct)
        {
            return null;
        }

        var total = typed.Sum(g => g.PerMonth);
        // "120 cars a month, so figure 425 docs": a generic or untyped figure at least as large covers the types.
        var overall = groups.Where(g => !typed.Contains(g) && (g.Answers || (g.Heads.Count > 0 && !g.IsTyped))).Select(g => g.PerMonth).DefaultIfEmpty(0).Max();
        if (overall >= total)
        {
            return null; // the user's overall figure already covers the types
        }

        var confidence = typed.Min(g => g.Confidence) * 0.9;
        return new Extracted<int>((int)Math.Round(total, MidpointRounding.AwayFromZero), Math.Round(confidence, 2), typed[0].Evidence);
    }
}
