using System.Diagnostics;
using System.Globalization;
using LlmSafety.Judge.Data;
using LlmSafety.Narratives.Generation;
using LlmSafety.Narratives.Simulation;

namespace LlmSafety.Trainer.Commands;

/// <summary>
/// simulate --out file.jsonl [--count 6000] [--seed 42] [--source simulator|llm] [--split yes|no] [--cache file]:
/// writes labelled narratives as JSONL, split by family and template, and prints what it wrote.
/// The llm source asks the offline simulated LLM for stories about fake facts, as the original prototype did.
/// </summary>
internal static class SimulateCommand
{
    public const string Usage =
        "simulate --out <file.jsonl> [--count 6000] [--seed 42] [--source simulator|llm] [--split yes|no] [--cache <file.jsonl>]";

    public static async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        var output = args.RequiredString("out");
        var count = args.Int("count", 6000, minimum: 1);
        var seed = args.Int("seed", 42, minimum: 0);
        var source = args.String("source") ?? "simulator";
        var split = (args.String("split") ?? "yes") switch
        {
            "yes" or "true" => true,
            "no" or "false" => false,
            var other => throw new CommandException($"option --split must be yes or no, got '{other}'"),
        };

        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<LabelledNarrative> records;
        switch (source)
        {
            case "simulator":
                records = new NarrativeSimulator().Generate(count, seed);
                break;
            case "llm":
                using (var client = new SimulatedChatClient())
                {
                    var result = await new LlmDatasetBuilder(client).BuildAsync(count, seed, args.String("cache"), cancellationToken);
                    Console.WriteLine(result.FromCache
                        ? $"llm source: {result.Records.Count} records read from the cache"
                        : $"llm source: {result.Records.Count} of {result.Requested} stories labelled, {result.Dropped} dropped (a required fact was not found)");
                    records = result.Records;
                }

                break;
            default:
                throw new CommandException($"option --source must be simulator or llm, got '{source}'");
        }

        var generated = stopwatch.Elapsed;
        if (split)
        {
            var parts = DatasetSplitter.Split(records, seed);
            records = [.. parts.Train, .. parts.Validation, .. parts.Test];
        }

        await LabelledNarrativeJsonl.WriteAsync(output, records, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {records.Count} records to {output} (generated in {generated.TotalMilliseconds:0} ms, total {stopwatch.Elapsed.TotalMilliseconds:0} ms)"));
        PrintCounts(records);
        return 0;
    }

    private static void PrintCounts(IReadOnlyList<LabelledNarrative> records)
    {
        Console.WriteLine("labels:");
        foreach (var group in records.GroupBy(r => (r.LabelIdentity, r.LabelHealth)).OrderBy(g => g.Key))
        {
            var name = group.Key switch
            {
                (0, 0) => "safe",
                (1, 0) => "identity only",
                (0, 1) => "health only",
                _ => "identity + health",
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-18} {group.Count(),6}  ({100.0 * group.Count() / records.Count:0.0}%)"));
        }

        PrintGroup("split", records.Select(r => r.Split ?? "(none)"));
        PrintGroup("hard negatives", records.Select(r => r.HardNegative ?? "(none)"));
        PrintGroup("voices", records.Select(r => r.Voice ?? "(none)"));
        PrintGroup("span types", records.SelectMany(r => r.Spans ?? []).Select(s => s.Type));
        var families = records.GroupBy(r => r.Family ?? "(none)").OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Console.WriteLine($"families ({families.Count}):");
        foreach (var row in families.Chunk(4))
        {
            Console.WriteLine("  " + string.Join("  ", row.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key,-22}{g.Count(),5}"))));
        }
    }

    private static void PrintGroup(string title, IEnumerable<string> keys)
    {
        Console.WriteLine($"{title}:");
        foreach (var group in keys.GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key,-26} {group.Count(),6}"));
        }
    }
}
