namespace LlmSafety.Web.Model;

public enum FindingSeverity
{
    Low,
    Medium,
    High,
}
