namespace LlmSafety.Judge.Evaluation;

/// <summary>Document-level metrics for one category: counts, threshold metrics, ranking metrics and calibration.</summary>
public sealed record BinaryMetrics
{
    public required int TruePositives { get; init; }
    public required int FalsePositives { get; init; }
    public required int TrueNegatives { get; init; }
    public required int FalseNegatives { get; init; }
    public required double Precision { get; init; }
    public required double Recall { get; init; }
    public required double F1 { get; init; }
    public required double F2 { get; init; }
    public required double RocAuc { get; init; }
    public required double PrAuc { get; init; }

    /// <summary>Expected calibration error over ten equal-width score bins.</summary>
    public required double Ece { get; init; }

    public required IReadOnlyList<ReliabilityBin> Reliability { get; init; }
    public required IReadOnlyList<PrPoint> PrCurve { get; init; }

    public static BinaryMetrics Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> flags, IReadOnlyList<bool> labels)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            (tp, fp, tn, fn) = (flags[i], labels[i]) switch
            {
                (true, true) => (tp + 1, fp, tn, fn),
                (true, false) => (tp, fp + 1, tn, fn),
                (false, false) => (tp, fp, tn + 1, fn),
                _ => (tp, fp, tn, fn + 1),
            };
        }

        var precision = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
        var (curve, prAuc) = PrecisionRecall(scores, labels);
        return new BinaryMetrics
        {
            TruePositives = tp,
            FalsePositives = fp,
            TrueNegatives = tn,
            FalseNegatives = fn,
            Precision = precision,
            Recall = recall,
            F1 = FScore(precision, recall, 1),
            F2 = FScore(precision, recall, 2),
            RocAuc = AreaUnderRoc(scores, labels),
            PrAuc = prAuc,
            Ece = ExpectedCalibrationError(scores, labels, out var bins),
            Reliability = bins,
            PrCurve = curve,
        };
    }

    public static double FScore(double precision, double recall, double beta)
    {
        var b2 = beta * beta;
        return precision + recall == 0 ? 0 : (1 + b2) * precision * recall / ((b2 * precision) + recall);
    }

    /// <summary>Mann-Whitney form of the area under the ROC curve; tied scores count one half.</summary>
    private static double AreaUnderRoc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positiveRankSum = 0;
        var positives = 0;
        var rank = 0;
        while (rank < order.Length)
        {
            var end = rank;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[rank]])
            {
                end++;
            }

            var averageRank = ((rank + end) / 2.0) + 1;
            for (var i = rank; i <= end; i++)
            {
                if (labels[order[i]])
                {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }

            rank = end + 1;
        }

        var negatives = scores.Count - positives;
        return positives == 0 || negatives == 0
            ? double.NaN
            : (positiveRankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>Precision-recall points at every distinct score, and average precision as the area under them.</summary>
    private static (IReadOnlyList<PrPoint>, double) PrecisionRecall(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var points = new List<PrPoint>();
        if (positives == 0)
        {
            return (points, double.NaN);
        }

        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        int tp = 0, flagged = 0;
        double averagePrecision = 0, previousRecall = 0;
        for (var r = 0; r < order.Length; r++)
        {
            flagged++;
            tp += labels[order[r]] ? 1 : 0;
            if (r + 1 < order.Length && scores[order[r + 1]] == scores[order[r]])
            {
                continue;
            }

            var precision = (double)tp / flagged;
            var recall = (double)tp / positives;
            averagePrecision += (recall - previousRecall) * precision;
            previousRecall = recall;
            points.Add(new PrPoint(scores[order[r]], precision, recall));
        }

        return (Thin(points, 200), averagePrecision);
    }

    private static List<PrPoint> Thin(List<PrPoint> points, int maximum)
    {
        if (points.Count <= maximum)
        {
            return points;
        }

        var step = (double)points.Count / maximum;
        var thinned = Enumerable.Range(0, maximum).Select(i => points[(int)(i * step)]).ToList();
        thinned.Add(points[^1]);
        return thinned;
    }

    private static double ExpectedCalibrationError(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, out IReadOnlyList<ReliabilityBin> bins)
    {
        const int binCount = 10;
        var sums = new double[binCount];
        var positives = new int[binCount];
        var counts = new int[binCount];
        for (var i = 0; i < scores.Count; i++)
        {
            var bin = Math.Clamp((int)(scores[i] * binCount), 0, binCount - 1);
            sums[bin] += scores[i];
            positives[bin] += labels[i] ? 1 : 0;
            counts[bin]++;
        }

        var list = new List<ReliabilityBin>();
        double ece = 0;
        for (var b = 0; b < binCount; b++)
        {
            if (counts[b] == 0)
            {
                continue;
            }

            var meanScore = sums[b] / counts[b];
            var fraction = (double)positives[b] / counts[b];
            ece += Math.Abs(meanScore - fraction) * counts[b] / scores.Count;
            list.Add(new ReliabilityBin((double)b / binCount, (double)(b + 1) / binCount, meanScore, fraction, counts[b]));
        }

        bins = list;
        return scores.Count == 0 ? double.NaN : ece;
    }
}

public sealed record ReliabilityBin(double Lower, double Upper, double MeanScore, double FractionPositive, int Count);

public sealed record PrPoint(double Threshold, double Precision, double Recall);
