namespace LlmSafety.Web.Model;

/// <summary>Whether a trained version beat the champion and the absolute floors.</summary>
public enum PromotionDecision
{
    Promoted,
    Rejected,
}
