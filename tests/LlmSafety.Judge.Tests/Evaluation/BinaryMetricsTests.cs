using LlmSafety.Judge.Evaluation;

namespace LlmSafety.Judge.Tests.Evaluation;

public class BinaryMetricsTests
{
    [Fact]
    public void Counts_threshold_metrics_and_ranking_metrics_match_hand_computed_values()
    {
        double[] scores = [0.9, 0.8, 0.7, 0.4, 0.3, 0.1];
        bool[] labels = [true, true, false, true, false, false];
        var flags = scores.Select(s => s >= 0.5).ToList();

        var m = BinaryMetrics.Compute(scores, flags, labels);

        Assert.Equal((2, 1, 2, 1), (m.TruePositives, m.FalsePositives, m.TrueNegatives, m.FalseNegatives));
        Assert.Equal(2.0 / 3, m.Precision, 6);
        Assert.Equal(2.0 / 3, m.Recall, 6);
        Assert.Equal(2.0 / 3, m.F2, 6);
        // 8 of the 9 positive/negative pairs are ranked correctly.
        Assert.Equal(8.0 / 9, m.RocAuc, 6);
        // Average precision: (1 + 1 + 3/4) / 3.
        Assert.Equal(11.0 / 12, m.PrAuc, 6);
    }

    [Fact]
    public void Perfectly_calibrated_bins_have_zero_expected_calibration_error()
    {
        var scores = Enumerable.Repeat(0.25, 4).Concat(Enumerable.Repeat(0.75, 4)).ToList();
        bool[] labels = [true, false, false, false, true, true, true, false];

        var m = BinaryMetrics.Compute(scores, scores.Select(s => s >= 0.5).ToList(), labels);

        Assert.Equal(0, m.Ece, 9);
        Assert.Equal(2, m.Reliability.Count);
    }
}
