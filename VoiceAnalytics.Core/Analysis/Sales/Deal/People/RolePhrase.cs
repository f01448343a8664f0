namespace VoiceAnalytics.Core.Analysis.Sales.Deal.People;

/// <summary>
/// A role title as a sequence of words ("head of sales"), the stakeholder label it maps to, and whether it names a
/// person only after a determiner ("our partner"). A word written "=IT" must match in that exact case.
/// </summary>
internal sealed record RolePhrase(string Label, IReadOnlyList<string> Words, bool NeedsDeterminer);
