namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>One BANT criterion: whether the call meets it, and why in a sentence a salesperson can read.</summary>
public sealed record BantCriterion(bool Passed, string Reason);
