namespace VoiceAnalytics.Core.Scoring;

/// <summary>Explains a returning user's score change by comparing the factors of both calls.</summary>
public static class ScoreChanges
{
    public static ScoreChange Between(PreviousLeadScore previous, int score, IReadOnlyList<ScoreFactor> factors)
    {
        var before = previous.Factors.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var now = factors.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var changes = new List<string>();
        foreach (var (name, factor) in now)
        {
            if (!before.TryGetValue(name, out var old))
            {
                changes.Add($"{name}: new, {factor.Observed} ({factor.Points:+0;-0})");
            }
            else if (old.Observed != factor.Observed || old.Points != factor.Points)
            {
                changes.Add($"{name}: {old.Observed} → {factor.Observed} ({factor.Points - old.Points:+0;-0;0})");
            }
        }

        changes.AddRange(before.Keys.Where(name => !now.ContainsKey(name)).Select(name => $"{name}: no longer seen ({-before[name].Points:+0;-0;0})"));
        return new ScoreChange(previous.SessionId, previous.Score, previous.Tier, score - previous.Score, changes);
    }
}
