using System.Text.Json.Nodes;

namespace LlmSafety.Mlflow.StandIn;

/// <summary>
/// Counts spans in an OTLP ExportTraceServiceRequest without generated protobuf types: resource_spans (field 1) →
/// scope_spans (field 2) → spans (field 2), all length-delimited. The JSON form uses resourceSpans/scopeSpans/spans.
/// </summary>
internal static class OtlpSpanCounter
{
    public static int CountJson(JsonNode? root) =>
        root?["resourceSpans"]?.AsArray().Sum(resource =>
            resource?["scopeSpans"]?.AsArray().Sum(scope => scope?["spans"]?.AsArray().Count ?? 0) ?? 0) ?? 0;

    public static int CountProtobuf(ReadOnlySpan<byte> request)
    {
        var count = 0;
        foreach (var resourceSpans in Fields(request, 1))
        {
            foreach (var scopeSpans in Fields(resourceSpans.Span, 2))
            {
                count += Fields(scopeSpans.Span, 2).Count;
            }
        }

        return count;
    }

    private static List<ReadOnlyMemory<byte>> Fields(ReadOnlySpan<byte> message, int wantedField)
    {
        var found = new List<ReadOnlyMemory<byte>>();
        var position = 0;
        while (position < message.Length)
        {
            var key = ReadVarint(message, ref position);
            var field = (int)(key >> 3);
            var wireType = (int)(key & 7);
            switch (wireType)
            {
                case 0:
                    ReadVarint(message, ref position);
                    break;
                case 1:
                    position += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message, ref position);
                    if (length < 0 || position + length > message.Length)
                    {
                        throw new FormatException("Truncated protobuf field.");
                    }

                    if (field == wantedField)
                    {
                        found.Add(message.Slice(position, length).ToArray());
                    }

                    position += length;
                    break;
                case 5:
                    position += 4;
                    break;
                default:
                    throw new FormatException($"Unsupported protobuf wire type {wireType}.");
            }
        }

        return found;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> buffer, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= buffer.Length)
            {
                throw new FormatException("Truncated protobuf varint.");
            }

            var next = buffer[position++];
            result |= (ulong)(next & 0x7F) << shift;
            if ((next & 0x80) == 0)
            {
                return result;
            }
        }

        throw new FormatException("Protobuf varint is too long.");
    }
}
