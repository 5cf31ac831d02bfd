namespace LlmSafety.Judge.Tests.Model;

/// <summary>Judgments are equal when verdict, scores, entities, redaction and reasons all match.</summary>
internal sealed class JudgmentComparer : IEqualityComparer<Judgment>
{
    public static readonly JudgmentComparer Instance = new();

    public bool Equals(Judgment? x, Judgment? y) =>
        x is not null && y is not null
        && x.Verdict == y.Verdict
        && x.Identity == y.Identity
        && x.Health == y.Health
        && x.Entities.SequenceEqual(y.Entities)
        && x.RedactedText == y.RedactedText
        && x.Reasons.SequenceEqual(y.Reasons);

    public int GetHashCode(Judgment obj) => obj.Verdict.GetHashCode();
}
