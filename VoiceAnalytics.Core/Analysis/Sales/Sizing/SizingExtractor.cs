using VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;
using VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>
/// Sizing signals of a call (spec 3.1, team size and document volume): how many people would use the product,
/// the company's headcount, and the monthly document volume. Reads the user's turns, each in the light of the
/// assistant's question before it; the assistant's own restatements and the agent's discovered_signals are not
/// evidence.
/// </summary>
public static class SizingExtractor
{
    /// <summary>More documents a month per seat than this is implausible for people sending by hand (an API can, so it only lowers confidence).</summary>
    private const int MaxDocumentsPerSeat = 1_000;

    public static SizingSignals Extract(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.UserTurns.Count == 0)
        {
            return SizingSignals.Empty;
        }

        var turns = new List<SizingTurn>(conversation.UserTurns.Count);
        foreach (var turn in conversation.UserTurns)
        {
            var before = turn.Index > 0 ? conversation.Turns[turn.Index - 1] : null;
            turns.Add(new SizingTurn(turn, conversation.TextOf(turn).Tokens, before is { IsAssistant: true } ? conversation.TextOf(before) : null));
        }

        var team = TeamSizeExtractor.Extract(turns);
        var company = CompanySizeExtractor.Extract(turns);
        if (team is null && company is not null && WholeTeamAnswer.Find(turns) is { } whole)
        {
            team = new Extracted<int>(company.Value, Math.Round(company.Confidence * 0.8, 2), whole.Turn.EvidenceAt(whole.Token)); // "who'd use it?" "everyone"
        }

        var candidates = VolumeExtractor.Candidates(turns, team?.Value);
        var volume = VolumeAggregator.Aggregate(candidates);
        return new SizingSignals
        {
            TeamSize = team,
            CompanySize = company is not null && team is not null && company.Value < team.Value ? Doubted(company) : company,
            MonthlyVolume = volume is not null && team is not null && volume.Value > MaxDocumentsPerSeat * team.Value ? Doubted(volume) : volume,
            VolumeMentions = [.. candidates.Select(c => c.Mention)],
        };
    }

    /// <summary>A value that disagrees with another signal (fewer employees than seats, thousands of documents per seat).</summary>
    private static Extracted<int> Doubted(Extracted<int> value) => value with { Confidence = Math.Round(value.Confidence * 0.7, 2) };
}
