using System.Diagnostics.CodeAnalysis;

namespace LlmSafety.Api.Model;

[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The JSON contract spells the lengths short, medium and long.")]
public enum NarrativeLength
{
    Short,
    Medium,
    Long,
}
