namespace LlmSafety.Web.Model;

/// <summary>Which kind of disclosure a finding belongs to; drives the highlight colour.</summary>
public enum FindingCategory
{
    Identity,
    Health,
}
