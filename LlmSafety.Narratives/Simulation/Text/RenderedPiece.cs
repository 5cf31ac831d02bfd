namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>A piece of rendered text; <see cref="Label"/> is set when the piece is a labelled value.</summary>
internal sealed record RenderedPiece(string Text, string? Label);
