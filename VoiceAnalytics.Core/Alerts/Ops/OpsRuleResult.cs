namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>
/// What a rule saw: firing (with the measured value, the alert message and the figures behind it), clear, or
/// not applicable (e.g. agent-down outside business hours: the alert state is left as it is).
/// </summary>
public sealed record OpsRuleResult
{
    private OpsRuleResult(OpsRuleState state, double value, string message, IReadOnlyDictionary<string, object?> context)
    {
        State = state;
        Value = value;
        Message = message;
        Context = context;
    }

    public static OpsRuleResult Clear { get; } = new(OpsRuleState.Clear, 0, "", new Dictionary<string, object?>());

    public static OpsRuleResult NotApplicable { get; } = new(OpsRuleState.NotApplicable, 0, "", new Dictionary<string, object?>());

    public OpsRuleState State { get; }

    public double Value { get; }

    /// <summary>The spec's alert text with the figures filled in; never personal data.</summary>
    public string Message { get; }

    public IReadOnlyDictionary<string, object?> Context { get; }

    public bool IsFiring => State == OpsRuleState.Firing;

    public static OpsRuleResult Firing(double value, string message, IReadOnlyDictionary<string, object?> context) =>
        new(OpsRuleState.Firing, value, message, context);
}
