namespace LlmSafety.Judge.Features;

/// <summary>
/// Hashed feature indices of every token of a text, flattened: token t owns Indices[Offsets[t]..Offsets[t + 1]].
/// A repeated index counts twice, which is how both training (summed values) and the fast scorer read it.
/// </summary>
public sealed class TokenFeatures(int[] indices, int[] offsets)
{
    public int[] Indices { get; } = indices;

    public int[] Offsets { get; } = offsets;

    public int Count => Offsets.Length - 1;

    public ReadOnlySpan<int> Of(int token) => Indices.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
}
