using System.Text;
using LlmSafety.Judge.Data;

namespace LlmSafety.Narratives.Simulation.Text;

/// <summary>
/// Appends text and records the [start, end) offsets of every labelled value as it goes, so spans are exact by
/// construction rather than found again by searching.
/// </summary>
internal sealed class SpanTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<LabelledSpan> _spans = [];

    public int Length => _text.Length;

    public IReadOnlyList<LabelledSpan> Spans => _spans;

    public SpanTextBuilder Append(string text)
    {
        _text.Append(text);
        return this;
    }

    public SpanTextBuilder AppendSpan(string value, string type)
    {
        if (value.Length == 0)
        {
            throw new ArgumentException("A labelled value cannot be empty.", nameof(value));
        }

        var start = _text.Length;
        _text.Append(value);
        _spans.Add(new LabelledSpan(start, _text.Length, type));
        return this;
    }

    public override string ToString() => _text.ToString();
}
