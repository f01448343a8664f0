namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>Switching barrier kinds (spec 3.5: contractual, technical, organizational, cost).</summary>
public static class BarrierKinds
{
    public const string ContractLockIn = "contract_lock_in";
    public const string SwitchingJustification = "switching_justification";
    public const string MigrationEffort = "migration_effort";
    public const string ExistingTemplates = "existing_templates";
    public const string Retraining = "retraining";
    public const string ProcurementProcess = "procurement_process";
    public const string SwitchingCost = "switching_cost";
}
