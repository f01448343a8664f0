namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// BANT qualification (spec 3.1): Budget, Authority, Need and Timeline each pass or fail with a reason; the lead is
/// qualified when at least <see cref="BantAssessor.CriteriaToQualify"/> of the four pass.
/// </summary>
public sealed record BantAssessment(
    BantCriterion Budget,
    BantCriterion Authority,
    BantCriterion Need,
    BantCriterion Timeline,
    int PassedCount,
    bool Qualified);
