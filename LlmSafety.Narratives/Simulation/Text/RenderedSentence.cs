namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>A piece of rendered text; <see cref="Label"/> is set when the piece is a labelled value.</summary>
internal sealed record RenderedPiece(string Text, string? Label);

internal sealed record RenderedSentence(IReadOnlyList<RenderedPiece> Pieces)
{
    public int WordCount => Pieces.Sum(piece => WordCounter.Count(piece.Text));

    public string Text => string.Concat(Pieces.Select(piece => piece.Text));
}
