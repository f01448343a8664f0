namespace VoiceAnalytics.Bench.Training;

/// <summary>
/// Binary logistic regression with an L2 penalty on the weights (not the bias) over a few dense features and many
/// present-or-absent ones, fitted by full-batch accelerated gradient descent (Nesterov) with the step 1/L from the
/// largest squared row norm. Minimizes the weighted mean log loss + l2/2 |w|^2. Deterministic.
/// </summary>
public static class SparseLogisticRegression
{
    /// <summary>A row: dense values for the first columns, then the columns of the features that are present (value 1).</summary>
    public sealed record Row(double[] Dense, int[] Present, double Weight);

    public static (double[] Weights, double Bias) Fit(IReadOnlyList<Row> rows, IReadOnlyList<bool> y, int columns, double l2, int iterations = 400)
    {
        var n = rows.Count;
        var total = rows.Sum(r => r.Weight);
        var maxNorm = rows.Max(r => r.Dense.Sum(v => v * v) + r.Present.Length + 1);
        var step = 1 / ((maxNorm / 4) + l2);
        var w = new double[columns];
        var b = 0.0;
        var previousW = new double[columns];
        var previousB = 0.0;
        var lookW = new double[columns];
        var gradient = new double[columns];
        for (var it = 1; it <= iterations; it++)
        {
            var momentum = (it - 1.0) / (it + 2.0);
            for (var f = 0; f < columns; f++)
            {
                lookW[f] = w[f] + (momentum * (w[f] - previousW[f]));
            }

            var lookB = b + (momentum * (b - previousB));
            Array.Clear(gradient);
            var gradientB = 0.0;
            for (var i = 0; i < n; i++)
            {
                var row = rows[i];
                var z = lookB + Dot(row, lookW);
                var err = (Sigmoid(z) - (y[i] ? 1 : 0)) * row.Weight / total;
                gradientB += err;
                for (var f = 0; f < row.Dense.Length; f++)
                {
                    gradient[f] += err * row.Dense[f];
                }

                foreach (var f in row.Present)
                {
                    gradient[f] += err;
                }
            }

            Array.Copy(w, previousW, columns);
            previousB = b;
            for (var f = 0; f < columns; f++)
            {
                w[f] = lookW[f] - (step * (gradient[f] + (l2 * lookW[f])));
            }

            b = lookB - (step * gradientB);
        }

        return (w, b);
    }

    public static double Probability(Row row, double[] weights, double bias) => Sigmoid(bias + Dot(row, weights));

    private static double Dot(Row row, double[] w)
    {
        var z = 0.0;
        for (var f = 0; f < row.Dense.Length; f++)
        {
            z += w[f] * row.Dense[f];
        }

        foreach (var f in row.Present)
        {
            z += w[f];
        }

        return z;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
