namespace LlmSafety.Judge.Training;

/// <summary>Chooses a decision threshold on validation scores: reach the target recall, then maximise F2.</summary>
public static class ThresholdSelector
{
    public static double ForTargetRecall(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double targetRecall, double fallback = 0.5)
    {
        var positives = labels.Count(l => l);
        if (positives == 0 || positives == labels.Count)
        {
            return fallback;
        }

        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        double bestF2 = -1, bestThreshold = fallback;
        double fallbackRecall = -1, fallbackThreshold = fallback;
        var truePositives = 0;
        for (var rank = 0; rank < order.Length; rank++)
        {
            if (labels[order[rank]])
            {
                truePositives++;
            }

            var isBoundary = rank == order.Length - 1 || scores[order[rank + 1]] < scores[order[rank]];
            if (!isBoundary)
            {
                continue;
            }

            var flagged = rank + 1;
            var recall = (double)truePositives / positives;
            var precision = (double)truePositives / flagged;
            var f2 = precision + recall == 0 ? 0 : 5 * precision * recall / ((4 * precision) + recall);
            var below = rank == order.Length - 1 ? 0 : scores[order[rank + 1]];
            var threshold = (scores[order[rank]] + below) / 2;
            if (recall >= targetRecall && f2 > bestF2)
            {
                bestF2 = f2;
                bestThreshold = threshold;
            }

            if (recall > fallbackRecall)
            {
                fallbackRecall = recall;
                fallbackThreshold = threshold;
            }
        }

        // A floor keeps a few hard validation positives from dragging the threshold to where every story is flagged.
        return Math.Clamp(bestF2 >= 0 ? bestThreshold : fallbackThreshold, 0.15, 0.95);
    }
}
