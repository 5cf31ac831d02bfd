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
                throw new InvalidDataException($"{Path.GetFileName(path)} line {lineNumber}: not a labelled narrative ({ex.Message}).", ex);
            }

            if (record is null || record.LabelIdentity is not (0 or 1) || record.LabelHealth is not (0 or 1))
            {
                throw new InvalidDataException(
                    $"{Path.GetFileName(path)} line {lineNumber}: label_identity and label_health must be 0 or 1.");
            }

            yield return record;
        }
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
