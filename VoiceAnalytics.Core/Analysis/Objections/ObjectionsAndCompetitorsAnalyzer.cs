using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Spec 3.5 Objection &amp; Competitor Detector. Rules over the user's turns, read in the context of the agent's
/// replies: see <see cref="ObjectionDetector"/> for how objections are found, <see cref="ObjectionJudge"/> for
/// severity and status, <see cref="ObjectionModel"/> for the word model that adds categories the rules missed. Competitor mentions come from the shared <see cref="CompetitorDetector"/>.
/// </summary>
public sealed class ObjectionsAndCompetitorsAnalyzer : Analyzer<ObjectionReport>
{
    public override string Name => "objections_and_competitors";

    public override int Version => 2;

    public override AnalyzerStage Stage => AnalyzerStage.FanOut;

    public override ObjectionReport Analyze(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var conversation = input.Conversation;
        var objections = ObjectionModel.Trained.Revise(conversation, RuleObjections(conversation));
        var competitors = CompetitorDetector.Detect(conversation);
        var comparisons = ComparisonRequestFinder.Find(conversation);
        var barriers = SwitchingBarrierFinder.Find(conversation);
        var categories = objections.Select(o => o.Category).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ObjectionReport
        {
            Objections = objections,
            Categories = categories,
            CompetitorMentions = competitors,
            ComparisonRequests = comparisons,
            SwitchingBarriers = barriers,
            BarrierMitigations = SwitchingBarrierFinder.Mitigations(barriers),
            BattlecardTriggers = Triggers(competitors, categories, comparisons, barriers),
        };
    }

    /// <summary>The objections the rules find, before <see cref="ObjectionModel"/> revises them (the model's trainer reads these too).</summary>
    internal static IReadOnlyList<Objection> RuleObjections(Conversation conversation) =>
        ObjectionJudge.Judge(conversation, ObjectionDetector.Detect(conversation));

    private static List<string> Triggers(
        IReadOnlyList<CompetitorMention> competitors,
        List<string> categories,
        IReadOnlyList<Extracted<string>> comparisons,
        IReadOnlyList<Extracted<string>> barriers)
    {
        var triggers = new List<string>();
        triggers.AddRange(competitors.Select(c => "competitor:" + c.Competitor).Distinct());
        if (comparisons.Count > 0)
        {
            triggers.Add("comparison");
        }

        triggers.AddRange(categories.Select(c => "objection:" + c));
        triggers.AddRange(barriers.Select(b => "barrier:" + b.Value).Distinct());
        return triggers;
    }
}
