namespace VoiceAnalytics.Core.Evaluation;

/// <summary>
/// The running score of one label field. Scalars: accuracy (correct / sessions). Sets: micro precision, recall and
/// F1 over all items of all sessions; a field nobody expected or predicted anything for scores 1.
/// </summary>
public sealed class FieldScore(LabelField labelField)
{
    public LabelField Field => labelField;

    public int Sessions { get; private set; }

    public int Correct { get; private set; }

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public double Accuracy => Sessions == 0 ? 1 : (double)Correct / Sessions;

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The figure the macro average uses: F1 for sets, accuracy for the rest.</summary>
    public double Headline => labelField.Kind == LabelKind.Set ? F1 : Accuracy;

    /// <summary>Adds one session; true when the prediction counts as right (for sets: exactly right).</summary>
    public bool Add(LabelValue expected, LabelValue predicted)
    {
        Sessions++;
        var right = labelField.Kind == LabelKind.Set ? AddSet(expected, predicted) : Matches(expected, predicted);
        if (right)
        {
            Correct++;
        }

        return right;
    }

    private bool AddSet(LabelValue expected, LabelValue predicted)
    {
        var want = expected.Items;
        var got = predicted.Items;
        var hits = got.Count(want.Contains);
        TruePositives += hits;
        FalsePositives += got.Count - hits;
        FalseNegatives += want.Count - hits;
        return hits == want.Count && hits == got.Count;
    }

    private bool Matches(LabelValue expected, LabelValue predicted)
    {
        if (expected.IsNull || predicted.IsNull)
        {
            return expected.IsNull && predicted.IsNull;
        }

        if (labelField.Kind == LabelKind.Exact || expected.Number is not { } want || predicted.Number is not { } got)
        {
            return string.Equals(expected.Scalar, predicted.Scalar, StringComparison.Ordinal);
        }

        var allowed = labelField.Kind == LabelKind.RelativeTolerance ? Math.Abs(want) * labelField.Tolerance : labelField.Tolerance;
        return Math.Abs(want - got) <= allowed + 1e-9;
    }
}
