using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using LlmSafety.Judge.Evaluation;

namespace LlmSafety.Trainer.Commands;

/// <summary>
/// benchmark [--model judge-model.zip] [--iterations N] [--against DIR] (run a Release build): plain timing loops printing
/// figures against the targets — Evaluate p50/p99 for ~1,700-character narratives on one thread and on all cores, and
/// time plus allocated bytes for a 100,000-character input of narratives, one of names and one of care. With --against,
/// this build and the one published in DIR instead, side by side in one process (see <see cref="OtherBuild"/>).
/// </summary>
internal static class BenchmarkCommand
{
    public const string Usage = "benchmark [--model judge-model.zip] [--iterations N] [--against DIR (another build's published trainer; needs --model)]";

    private const int NarrativeLength = 1700;
    private const int LongInputLength = 100_000;
    private const double TargetP50Ms = 1;
    private const double TargetP99Ms = 5;
    private const double TargetLongInputMs = 100;

    public static int Run(CommandArguments args)
    {
        var iterations = args.Int("iterations", 2000, minimum: 10);
        var modelPath = args.String("model");
        var against = args.String("against");
        if (against is not null && modelPath is null)
        {
            throw new CommandException("option --against needs --model: both builds judge with the same model file");
        }

        var judge = modelPath is null ? DefaultModel.Train() : EvaluateCommand.LoadModel(modelPath);
        var narratives = Narratives();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"judge {judge.ModelVersion}; {narratives.Count} narratives of {narratives.Average(n => n.Length):0} chars; {Environment.ProcessorCount} cores"));

        if (against is not null)
        {
            return OtherBuild.Compare(judge, modelPath!, against, narratives, Math.Max(2, iterations / narratives.Count), Repeat(CareDense));
        }

        var warmUp = JitWarmUp.Run(i => judge.Evaluate(narratives[i % narratives.Count]), narratives.Count);
        if (modelPath is not null)
        {
            // Without --model the judge was trained in this process first, and training runs it over thousands of stories.
            Print($"first {warmUp.Cold.Count} calls of the process (code not yet optimised)", [.. warmUp.Cold]);
        }

        Console.WriteLine(warmUp);
        var compiledBeforeTiming = JitInfo.GetCompiledMethodCount();

        var single = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            judge.Evaluate(narratives[i % narratives.Count]);
            single[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        // Methods compiled while one thread was timed show a warm-up that stopped before the code settled (the all-cores
        // loop below compiles the parallel loop's own code the first time, so it is not counted).
        var compiledWhileTiming = JitInfo.GetCompiledMethodCount() - compiledBeforeTiming;
        Print("one thread", single);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  methods compiled while timing one thread: {compiledWhileTiming}"));

        var parallel = new double[iterations];
        var wall = Stopwatch.StartNew();
        Parallel.For(0, iterations, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var started = Stopwatch.GetTimestamp();
            judge.Evaluate(narratives[i % narratives.Count]);
            parallel[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        });
        Print("all cores", parallel);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  throughput {iterations / wall.Elapsed.TotalSeconds:0} narratives/s"));


        TimeLongInput(judge, "100,000-char input", LongInput(narratives));
        TimeLongInput(judge, "100,000-char input of names", Repeat(NameDense));
        TimeLongInput(judge, "100,000-char run of names, no full stop", Repeat(NameRun));
        TimeLongInput(judge, "100,000-char input of care", Repeat(CareDense));
        return 0;
    }

    /// <summary>
    /// Names and titled surnames with no sentence end anywhere: one capitalised run as long as the text, which a rule
    /// that reads a run to its end for every entity makes quadratic (round 11 found one).
    /// </summary>
    private const string NameRun = "Maria Lopez Tom Smith Coach O'Neill Mr. van der Berg ";

    /// <summary>
    /// The worst case for the name rules: full names, honorifics and surnames in every sentence, thousands of entities
    /// in one text (their overlap checks must stay linear in them).
    /// </summary>
    private const string NameDense = "Olivia Bennett and Lily Harper met Mr. Smith and Mrs. Jones at the Novak family's house. ";

    /// <summary>
    /// The worst case for the health rules: a condition and a device in every sentence, each behind a frame that the
    /// make-believe rules read around ("In the show, …"), thousands of health entities in one text.
    /// </summary>
    private const string CareDense = "In the show, Mia has asthma and an inhaler. Tom had a scan that found a hole in his heart. ";

    private static void TimeLongInput(Judge.Model.JudgeModel judge, string label, string input)
    {
        judge.Evaluate(input);
        var times = new double[5];
        long allocated = 0;
        var entities = 0;
        for (var i = 0; i < times.Length; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            entities = judge.Evaluate(input).Entities.Count;
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Array.Sort(times);
        var inputBytes = input.Length * sizeof(char);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: median {times[2]:0.0} ms (target ≤ {TargetLongInputMs} ms, ratio {times[2] / TargetLongInputMs:0.00}); {entities} entities; " +
            $"allocated {allocated / 1048576.0:0.0} MiB = {(double)allocated / inputBytes:0.0}× the input's {inputBytes / 1024} KiB"));
    }

    private static string Repeat(string sentence)
    {
        var builder = new StringBuilder(LongInputLength + sentence.Length);
        while (builder.Length < LongInputLength)
        {
            builder.Append(sentence);
        }

        return builder.ToString(0, LongInputLength);
    }

    private static void Print(string label, double[] latencies)
    {
        Array.Sort(latencies);
        var p50 = JudgeEvaluator.Percentile(latencies, 0.5);
        var p99 = JudgeEvaluator.Percentile(latencies, 0.99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: p50 {p50:0.000} ms (target ≤ {TargetP50Ms} ms, ratio {p50 / TargetP50Ms:0.00}); p99 {p99:0.000} ms (target ≤ {TargetP99Ms} ms, ratio {p99 / TargetP99Ms:0.00})"));
    }

    /// <summary>Simulated narratives cut or joined to about 1,700 characters, the size of a long social story.</summary>
    private static List<string> Narratives()
    {
        var records = LabelledData.Simulate(200, 7);
        var texts = new List<string>();
        var builder = new StringBuilder();
        foreach (var record in records)
        {
            builder.Append(record.Text).Append(' ');
            if (builder.Length >= NarrativeLength)
            {
                texts.Add(builder.ToString(0, NarrativeLength));
                builder.Clear();
            }
        }

        return texts;
    }

    private static string LongInput(List<string> narratives)
    {
        var builder = new StringBuilder(LongInputLength + NarrativeLength);
        for (var i = 0; builder.Length < LongInputLength; i++)
        {
            builder.Append(narratives[i % narratives.Count]).Append('\n');
        }

        return builder.ToString(0, LongInputLength);
    }
}
