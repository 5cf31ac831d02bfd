namespace LlmSafety.Api.Model;

public enum PromotionOutcome
{
    Promoted,
    Rejected,
}
