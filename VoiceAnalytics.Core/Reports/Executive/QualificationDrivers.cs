namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// What the period's qualified (Tier 1) calls had in common, after the tier rule (LABELS.md): a CRM integration need
/// (Salesforce or HubSpot), a team of 5+, 100+ documents a month, and a competitor named.
/// </summary>
public sealed record QualificationDrivers(int QualifiedCalls, int CrmIntegrationNeed, int TeamOfFivePlus, int VolumeOfHundredPlus, int CompetitorMentioned);
