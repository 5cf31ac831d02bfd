using LlmSafety.Judge.Data;
using LlmSafety.Narratives.Simulation;

namespace LlmSafety.Trainer.Commands;

/// <summary>Loads labelled JSONL or simulates the default dataset, and splits it by family and template.</summary>
internal static class LabelledData
{
    public const int DefaultCount = 3000;
    public const int DefaultSeed = 42;

    public static async Task<List<LabelledNarrative>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CommandException($"data file not found: {path}");
        }

        var records = new List<LabelledNarrative>();
        try
        {
            await foreach (var record in LabelledNarrativeJsonl.ReadAsync(path, cancellationToken))
            {
                records.Add(record);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new CommandException(ex.Message);
        }

        if (records.Count == 0)
        {
            throw new CommandException($"data file has no records: {path}");
        }

        return records;
    }

    public static IReadOnlyList<LabelledNarrative> Simulate(int count, int seed) => new NarrativeSimulator().Generate(count, seed);

    public static DatasetSplit Split(IReadOnlyList<LabelledNarrative> records, int seed) => DatasetSplitter.Split(records, seed);
}
