namespace LlmSafety.Mlflow.Lifecycle;

/// <summary>Whether a new version takes the champion alias, and a reason a person can read on the version's tags.</summary>
public sealed record PromotionDecision(bool Promote, string Reason)
{
    public const string PromotionTag = "promotion";
    public const string PromotionReasonTag = "promotion.reason";
    public const string ChallengerTag = "challenger";
    public const string Promoted = "promoted";
    public const string Rejected = "rejected";

    public string Outcome => Promote ? Promoted : Rejected;
}
