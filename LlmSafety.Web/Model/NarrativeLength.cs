namespace LlmSafety.Web.Model;

public enum NarrativeLength
{
#pragma warning disable CA1720 // The API contract spells the lengths "short" and "long".
    Short,
    Medium,
    Long,
#pragma warning restore CA1720
}
