namespace LlmSafety.Judge.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A token of the normalised text: [Start, End) plus what kind of characters it holds.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
