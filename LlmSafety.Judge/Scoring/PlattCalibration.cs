namespace LlmSafety.Judge.Scoring;

/// <summary>
/// Platt scaling fitted on held-out margins: p = 1 / (1 + exp(Slope * margin + Offset)), with the target smoothing
/// of Platt (1999) so that a perfectly separated validation set still yields finite, honest probabilities.
/// </summary>
public static class PlattCalibration
{
    public static (double Slope, double Offset) Fit(IReadOnlyList<double> margins, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        double a = 0, b = Math.Log((negatives + 1.0) / (positives + 1.0));
        const double ridge = 1e-6;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double h11 = ridge, h22 = ridge, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < margins.Count; i++)
            {
                var target = labels[i] ? high : low;
                var f = (margins[i] * a) + b;
                var p = f >= 0 ? Math.Exp(-f) / (1.0 + Math.Exp(-f)) : 1.0 / (1.0 + Math.Exp(f));
                var d2 = p * (1 - p);
                h11 += margins[i] * margins[i] * d2;
                h22 += d2;
                h21 += margins[i] * d2;
                var d1 = target - p;
                g1 += margins[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < 1e-9 && Math.Abs(g2) < 1e-9)
            {
                break;
            }

            var det = (h11 * h22) - (h21 * h21);
            var da = -((h22 * g1) - (h21 * g2)) / det;
            var db = -((-h21 * g1) + (h11 * g2)) / det;
            a += da;
            b += db;
            if (Math.Abs(da) < 1e-10 && Math.Abs(db) < 1e-10)
            {
                break;
            }
        }

        return (a, b);
    }

    public static double Apply(double margin, double slope, double offset) => 1.0 / (1.0 + Math.Exp((slope * margin) + offset));
}
