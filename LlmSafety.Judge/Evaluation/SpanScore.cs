namespace LlmSafety.Judge.Evaluation;

/// <summary>Span-level precision, recall and F2 for one entity type (or "ALL") under one matching rule.</summary>
public sealed record SpanScore(int Predicted, int Gold, int MatchedPredicted, int MatchedGold)
{
    public double Precision => Predicted == 0 ? 1.0 : (double)MatchedPredicted / Predicted;

    public double Recall => Gold == 0 ? 1.0 : (double)MatchedGold / Gold;

    public double F2 => BinaryMetrics.FScore(Precision, Recall, 2);
}
