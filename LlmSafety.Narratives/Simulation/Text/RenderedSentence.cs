namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>One rendered sentence as pieces, so labelled values keep their boundaries until the text is assembled.</summary>
internal sealed record RenderedSentence(IReadOnlyList<RenderedPiece> Pieces)
{
    public int WordCount => WordCounter.Count(Text);

    public string Text => string.Concat(Pieces.Select(piece => piece.Text));
}
