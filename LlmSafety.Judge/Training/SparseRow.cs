using Microsoft.ML.Data;

namespace LlmSafety.Judge.Training;

/// <summary>One training example for an ML.NET binary linear model over hashed features (2^18 slots).</summary>
internal sealed class SparseRow
{
    public const int Size = 1 << 18;

    [VectorType(Size)]
    public VBuffer<float> Features { get; set; }

    public bool Label { get; set; }

    /// <summary>Sorted, de-duplicated sparse vector; a repeated index adds up its values like the fast scorer does.</summary>
    public static VBuffer<float> ToVector(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        var keys = indices.ToArray();
        var weights = values.IsEmpty ? Enumerable.Repeat(1f, keys.Length).ToArray() : values.ToArray();
        Array.Sort(keys, weights);
        var count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (count > 0 && keys[count - 1] == keys[i])
            {
                weights[count - 1] += weights[i];
                continue;
            }

            keys[count] = keys[i];
            weights[count] = weights[i];
            count++;
        }

        return new VBuffer<float>(Size, count, weights[..count], keys[..count]);
    }
}
