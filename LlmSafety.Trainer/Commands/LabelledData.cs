using LlmSafety.Judge.Data;
using LlmSafety.Narratives.Simulation;

namespace LlmSafety.Trainer.Commands;

/// <summary>Loads labelled JSONL or simulates the default dataset, and splits it by family and template.</summary>
internal static class LabelledData
{
    public const int DefaultCount = 3000;
    public const int DefaultSeed = 42;

    public static async Task<LabelledNarrativeFile> ReadAsync(string path, SpanOffsetUnit offsets, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CommandException($"data file not found: {path}");
        }

        LabelledNarrativeFile file;
        try
        {
            file = await LabelledNarrativeJsonl.ReadFileAsync(path, offsets, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            throw new CommandException(ex.Message);
        }

        if (file.Records.Count == 0)
        {
            throw new CommandException($"data file has no records: {path}");
        }

        return file;
    }

    /// <summary>--offsets auto|utf16|codepoint: what the spans' start and end count (auto detects it from the file).</summary>
    public static SpanOffsetUnit Offsets(CommandArguments args) => args.String("offsets")?.ToLowerInvariant() switch
    {
        null or "auto" => SpanOffsetUnit.Auto,
        "utf16" => SpanOffsetUnit.Utf16,
        "codepoint" or "codepoints" => SpanOffsetUnit.CodePoint,
        var other => throw new CommandException($"option --offsets must be auto, utf16 or codepoint, got '{other}'"),
    };

    /// <summary>One line on how the spans were read, and a warning for span types the judge never predicts.</summary>
    public static void Describe(LabelledNarrativeFile file)
    {
        Console.WriteLine(file.Offsets == SpanOffsetUnit.CodePoint
            ? "span offsets: Unicode code points (converted to UTF-16)"
            : "span offsets: UTF-16 code units");
        if (file.UnknownSpanTypes.Count > 0)
        {
            Console.Error.WriteLine($"warning: span types the judge does not predict, scored as misses: {string.Join(", ", file.UnknownSpanTypes)}");
        }
    }

    public static IReadOnlyList<LabelledNarrative> Simulate(int count, int seed) => new NarrativeSimulator().Generate(count, seed);

    public static DatasetSplit Split(IReadOnlyList<LabelledNarrative> records, int seed) => DatasetSplitter.Split(records, seed);
}
