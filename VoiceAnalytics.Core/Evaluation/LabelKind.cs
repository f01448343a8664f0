namespace VoiceAnalytics.Core.Evaluation;

/// <summary>How a label field is compared (LABELS.md).</summary>
public enum LabelKind
{
    /// <summary>Exact match of an enum value, a bool or an int; null counts as a value.</summary>
    Exact,

    /// <summary>An int within a relative tolerance (monthly_volume: 15 %).</summary>
    RelativeTolerance,

    /// <summary>An int within an absolute tolerance (user_questions: 1).</summary>
    AbsoluteTolerance,

    /// <summary>A set of enum values: precision, recall, F1 over all items.</summary>
    Set,
}
