namespace VoiceAnalytics.Bench.Training;

/// <summary>
/// Multinomial logistic regression with an L2 penalty, fitted by full-batch gradient descent on standardized
/// features; the weights it returns apply to the raw features (the standardization is folded in). Columns from
/// <c>standardized</c> on (word columns) are left raw, so their zeros stay zeros (the loops skip them) and they take
/// their own penalty <c>wordL2</c>. Deterministic.
/// </summary>
public static class LogisticRegression
{
    public static (double[][] Weights, double[] Bias) Fit(IReadOnlyList<double[]> x, IReadOnlyList<int> y, int classes, double l2, int iterations = 4000, double rate = 0.5, int? standardized = null, double? wordL2 = null)
    {
        var n = x.Count;
        var d = x[0].Length;
        var dense = standardized ?? d;
        var mean = new double[d];
        var std = Enumerable.Repeat(1.0, d).ToArray();
        var penalty = Enumerable.Range(0, d).Select(f => f < dense ? l2 : wordL2 ?? l2).ToArray();
        for (var f = 0; f < dense; f++)
        {
            mean[f] = x.Average(r => r[f]);
            var variance = x.Average(r => (r[f] - mean[f]) * (r[f] - mean[f]));
            std[f] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        var z = x.Select(r => r.Select((v, f) => (v - mean[f]) / std[f]).ToArray()).ToArray();
        var nonZero = z.Select(r => Enumerable.Range(0, d).Where(f => r[f] != 0).ToArray()).ToArray();
        var w = Enumerable.Range(0, classes).Select(_ => new double[d]).ToArray();
        var b = new double[classes];
        for (var it = 0; it < iterations; it++)
        {
            var gw = Enumerable.Range(0, classes).Select(_ => new double[d]).ToArray();
            var gb = new double[classes];
            for (var i = 0; i < n; i++)
            {
                var p = Softmax(z[i], nonZero[i], w, b);
                for (var c = 0; c < classes; c++)
                {
                    var err = p[c] - (y[i] == c ? 1 : 0);
                    gb[c] += err / n;
                    foreach (var f in nonZero[i])
                    {
                        gw[c][f] += err * z[i][f] / n;
                    }
                }
            }

            for (var c = 0; c < classes; c++)
            {
                b[c] -= rate * gb[c];
                for (var f = 0; f < d; f++)
                {
                    w[c][f] -= rate * (gw[c][f] + (penalty[f] * w[c][f]));
                }
            }
        }

        var raw = w.Select(row => row.Select((v, f) => v / std[f]).ToArray()).ToArray();
        var bias = b.Select((v, c) => v - w[c].Select((wf, f) => wf * mean[f] / std[f]).Sum()).ToArray();
        return (raw, bias);
    }

    private static double[] Softmax(double[] x, int[] nonZero, double[][] w, double[] b)
    {
        var s = new double[b.Length];
        for (var c = 0; c < b.Length; c++)
        {
            s[c] = b[c];
            foreach (var f in nonZero)
            {
                s[c] += w[c][f] * x[f];
            }
        }

        var max = s.Max();
        var sum = 0.0;
        for (var c = 0; c < s.Length; c++)
        {
            s[c] = Math.Exp(s[c] - max);
            sum += s[c];
        }

        return [.. s.Select(v => v / sum)];
    }
}
