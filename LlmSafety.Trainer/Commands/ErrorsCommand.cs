using System.Globalization;
using LlmSafety.Judge;
using LlmSafety.Judge.Data;
using LlmSafety.Judge.Policy;

namespace LlmSafety.Trainer.Commands;

/// <summary>
/// errors --data a.jsonl[,b.jsonl …] --model judge-model.zip: the error analysis behind each round's rules. For every
/// labelled story the saved model gets wrong at the document level, one line: the file, the story's id (or its line),
/// the kind of error (identity or health, false positive or miss), the calibrated score, the entities the judge found in
/// that category and the gold spans of it. Then the count per file and the total, the same counts as the false positives
/// and misses of <c>evaluate</c>'s report. It prints the labelled texts' fragments to the console only, for the person
/// reading their own labelled data; nothing is logged or traced.
/// </summary>
internal static class ErrorsCommand
{
    public const string Usage = "errors --data <file.jsonl>[,<file.jsonl> …] --model judge-model.zip [--offsets auto|utf16|codepoint]";

    public static async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        var paths = args.RequiredString("data").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paths.Length == 0)
        {
            throw new CommandException("option --data needs at least one file");
        }

        var judge = EvaluateCommand.LoadModel(args.RequiredString("model"));
        var offsets = LabelledData.Offsets(args);
        var total = new ErrorCounts();
        foreach (var path in paths)
        {
            var file = await LabelledData.ReadAsync(path, offsets, cancellationToken);
            var name = Path.GetFileName(path);
            var counts = new ErrorCounts();
            for (var i = 0; i < file.Records.Count; i++)
            {
                var record = file.Records[i];
                var judgment = judge.Evaluate(record.Text);
                var id = record.Id ?? $"record {i + 1}";
                Report(name, id, record, judgment, Category.Identity, counts);
                Report(name, id, record, judgment, Category.Health, counts);
            }

            Console.WriteLine($"{name}: {counts}");
            total.Add(counts);
        }

        Console.WriteLine($"total: {total}");
        return 0;
    }

    private static void Report(string file, string id, LabelledNarrative record, Judgment judgment, Category category, ErrorCounts counts)
    {
        var result = category == Category.Identity ? judgment.Identity : judgment.Health;
        var label = category == Category.Identity ? record.LabelIdentity : record.LabelHealth;
        if (result.Flagged == (label == 1))
        {
            return;
        }

        var kind = (category, result.Flagged) switch
        {
            (Category.Identity, true) => "identity false positive",
            (Category.Identity, false) => "identity miss",
            (Category.Health, true) => "health false positive",
            _ => "health miss",
        };
        counts.Count(category, result.Flagged);
        var found = judgment.Entities.Where(e => e.Category == category)
            .Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Type.ToLabel()} \"{Flat(record.Text[e.Start..e.End])}\" {e.Score:0.00} {e.Source}"));
        var gold = (record.Spans ?? []).Where(s => EntityTypeLabels.TryParse(s.Type, out var type) && EntityCategories.Of(type) == category)
            .Select(s => $"{s.Type} \"{Flat(record.Text[s.Start..s.End])}\"").Distinct();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{file} {id}: {kind}, score {result.Score:0.000}; found [{string.Join("; ", found)}]; gold [{string.Join("; ", gold)}]"));
    }

    private static string Flat(string text) => text.ReplaceLineEndings(" ");

    private sealed class ErrorCounts
    {
        private int _identityFalsePositives;
        private int _identityMisses;
        private int _healthFalsePositives;
        private int _healthMisses;

        public void Count(Category category, bool flagged)
        {
            switch (category, flagged)
            {
                case (Category.Identity, true): _identityFalsePositives++; break;
                case (Category.Identity, false): _identityMisses++; break;
                case (Category.Health, true): _healthFalsePositives++; break;
                default: _healthMisses++; break;
            }
        }

        public void Add(ErrorCounts other)
        {
            _identityFalsePositives += other._identityFalsePositives;
            _identityMisses += other._identityMisses;
            _healthFalsePositives += other._healthFalsePositives;
            _healthMisses += other._healthMisses;
        }

        public override string ToString() =>
            $"{_identityFalsePositives + _identityMisses + _healthFalsePositives + _healthMisses} errors (identity false positives {_identityFalsePositives}, " +
            $"identity misses {_identityMisses}, health false positives {_healthFalsePositives}, health misses {_healthMisses})";
    }
}
