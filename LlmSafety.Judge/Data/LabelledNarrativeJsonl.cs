using System.Runtime.CompilerServices;
using System.Text.Json;

namespace LlmSafety.Judge.Data;

/// <summary>Reads and writes labelled narratives as JSONL, reporting the line number of any malformed record.</summary>
public static class LabelledNarrativeJsonl
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async IAsyncEnumerable<LabelledNarrative> ReadAsync(
        string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path);
        await foreach (var record in ReadAsync(reader, Path.GetFileName(path), cancellationToken))
        {
            yield return record;
        }
    }

    /// <summary>Reads labelled narratives from <paramref name="reader"/>; errors name <paramref name="source"/> and the line.</summary>
    public static async IAsyncEnumerable<LabelledNarrative> ReadAsync(
        TextReader reader, string source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            LabelledNarrative? record;
            try
            {
                record = JsonSerializer.Deserialize<LabelledNarrative>(line, Options);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{source} line {lineNumber}: not a labelled narrative ({ex.Message}).", ex);
            }

            if (record is not null && record.Text is null)
            {
                throw new InvalidDataException($"{source} line {lineNumber}: text is missing or null.");
            }

            if (record is null || record.LabelIdentity is not (0 or 1) || record.LabelHealth is not (0 or 1))
            {
                throw new InvalidDataException(
                    $"{source} line {lineNumber}: label_identity and label_health must be 0 or 1.");
            }

            foreach (var span in record.Spans ?? [])
            {
                if (span is null || string.IsNullOrWhiteSpace(span.Type))
                {
                    throw new InvalidDataException($"{source} line {lineNumber}: every span needs start, end and type.");
                }

                if (span.Start < 0 || span.End <= span.Start || span.End > record.Text.Length)
                {
                    throw new InvalidDataException(
                        $"{source} line {lineNumber}: span [{span.Start}, {span.End}) is not inside the text " +
                        $"({record.Text.Length} characters); spans need 0 ≤ start < end ≤ length.");
                }
            }

            yield return record;
        }
    }

    /// <summary>
    /// Reads a whole file and brings every span to UTF-16 code units, the judge's own offsets. With
    /// <see cref="SpanOffsetUnit.Auto"/> the unit is detected from the file (<see cref="SpanOffsets.Detect"/>).
    /// </summary>
    public static async Task<LabelledNarrativeFile> ReadFileAsync(
        string path, SpanOffsetUnit offsets = SpanOffsetUnit.Auto, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path);
        return await ReadAllAsync(reader, Path.GetFileName(path), offsets, cancellationToken);
    }

    /// <summary>Reads a whole labelled file from <paramref name="reader"/> as <see cref="ReadFileAsync"/> does; errors name <paramref name="source"/>.</summary>
    public static async Task<LabelledNarrativeFile> ReadAllAsync(
        TextReader reader, string source, SpanOffsetUnit offsets = SpanOffsetUnit.Auto, CancellationToken cancellationToken = default)
    {
        var records = new List<LabelledNarrative>();
        await foreach (var record in ReadAsync(reader, source, cancellationToken))
        {
            records.Add(record);
        }

        var unit = offsets == SpanOffsetUnit.Auto ? SpanOffsets.Detect(records) : offsets;
        for (var i = 0; i < records.Count; i++)
        {
            records[i] = SpanOffsets.ToUtf16(records[i], unit) ?? throw new InvalidDataException(
                $"{source} record {i + 1}: a span ends beyond the text's {SpanOffsets.CodePointCount(records[i].Text)} code points.");
        }

        var unknownTypes = records
            .SelectMany(record => record.Spans ?? [])
            .Select(span => span.Type)
            .Where(type => !EntityTypeLabels.TryParse(type, out _))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return new LabelledNarrativeFile(records, unit, unknownTypes);
    }

    public static async Task WriteAsync(string path, IEnumerable<LabelledNarrative> records, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var writer = new StreamWriter(path);
        foreach (var record in records)
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(record, Options).AsMemory(), cancellationToken);
        }
    }
}

/// <summary>A labelled file read whole: its records with UTF-16 spans, the unit its offsets were read in, and span types the judge does not know.</summary>
public sealed record LabelledNarrativeFile(IReadOnlyList<LabelledNarrative> Records, SpanOffsetUnit Offsets, IReadOnlyList<string> UnknownSpanTypes)
{
    /// <summary>
    /// This file, if every span type is one the judge knows; training would read a span of another type as unlabelled
    /// text, that is as a negative, so a file meant for training stops here with <paramref name="source"/> and the types.
    /// </summary>
    public LabelledNarrativeFile RequireKnownSpanTypes(string source) =>
        UnknownSpanTypes.Count == 0
            ? this
            : throw new InvalidDataException(
                $"{source}: span types the judge does not know: {string.Join(", ", UnknownSpanTypes)} (known: {string.Join(", ", Enum.GetValues<EntityType>().Select(t => t.ToLabel()))})");
}
