using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using LlmSafety.Judge.Evaluation;
using LlmSafety.Judge.Model;

namespace LlmSafety.Trainer.Commands;

/// <summary>
/// <c>benchmark --against DIR</c>: this build's judge and another build's (the trainer published from another commit into
/// DIR) in one process, on the same model and narratives, calls alternating in blocks. On a shared machine two runs in
/// separate processes differ by up to a fifth within minutes, more than most changes are worth; side by side in one
/// process both builds meet the same noise, so their ratio holds still.
/// </summary>
internal static class OtherBuild
{
    private const string JudgeAssembly = "LlmSafety.Judge";

    public static int Compare(JudgeModel judge, string modelPath, string directory, List<string> narratives, int rounds, string careText)
    {
        var other = Load(directory, modelPath);
        var mine = (Func<string, object>)(text => judge.Evaluate(text));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"this build against {directory}: {rounds} rounds of {narratives.Count} narratives each, calls alternating by round"));

        // Both builds warmed up alike, until tiered compilation has settled in each.
        Console.WriteLine(JitWarmUp.Run(
            i =>
            {
                mine(narratives[i % narratives.Count]);
                other(narratives[i % narratives.Count]);
            },
            narratives.Count));

        var (mineTimes, otherTimes) = Alternate(mine, other, narratives, rounds);
        Print("one thread", mineTimes, otherTimes);

        var (mineCare, otherCare) = Alternate(mine, other, [careText], 10);
        Print("100,000-char input of care", mineCare, otherCare);
        return 0;
    }

    /// <summary>Rounds of every narrative through one build, then the other, the first build changing each round.</summary>
    private static (double[] Mine, double[] Other) Alternate(Func<string, object> mine, Func<string, object> other, List<string> texts, int rounds)
    {
        var mineTimes = new List<double>();
        var otherTimes = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var order = round % 2 == 0 ? new[] { (mine, mineTimes), (other, otherTimes) } : [(other, otherTimes), (mine, mineTimes)];
            foreach (var (evaluate, times) in order)
            {
                foreach (var text in texts)
                {
                    var started = Stopwatch.GetTimestamp();
                    evaluate(text);
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }

        return ([.. mineTimes], [.. otherTimes]);
    }

    private static void Print(string label, double[] mine, double[] other)
    {
        Array.Sort(mine);
        Array.Sort(other);
        var (p50, otherP50) = (JudgeEvaluator.Percentile(mine, 0.5), JudgeEvaluator.Percentile(other, 0.5));
        var (p99, otherP99) = (JudgeEvaluator.Percentile(mine, 0.99), JudgeEvaluator.Percentile(other, 0.99));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: this build p50 {p50:0.000} ms, p99 {p99:0.000} ms; the other p50 {otherP50:0.000} ms, p99 {otherP99:0.000} ms; " +
            $"ratio this/other p50 {p50 / otherP50:0.000}, mean {mine.Average() / other.Average():0.000}"));
    }

    /// <summary>The other build's judge, loaded with its own dependencies from the directory, as a compiled call on the model.</summary>
    private static Func<string, object> Load(string directory, string modelPath)
    {
        var path = Path.Combine(Path.GetFullPath(directory), JudgeAssembly + ".dll");
        if (!File.Exists(path))
        {
            throw new CommandException($"--against {directory}: no {JudgeAssembly}.dll there (publish the trainer of the other commit into it)");
        }

        var context = new BuildContext(Path.GetDirectoryName(path)!);
        var assembly = context.LoadFromAssemblyPath(path);
        var modelType = assembly.GetType("LlmSafety.Judge.Model.JudgeModel")
            ?? throw new CommandException($"--against {directory}: its {JudgeAssembly}.dll has no JudgeModel");
        var load = modelType.GetMethod("Load", [typeof(string)]);
        var evaluate = modelType.GetMethods().FirstOrDefault(method => method.Name == "Evaluate" && method.GetParameters().Length == 2);
        if (load is null || evaluate is null)
        {
            throw new CommandException($"--against {directory}: its JudgeModel has no Load(path) or Evaluate(text, policy)");
        }

        object model;
        try
        {
            model = load.Invoke(null, [modelPath])!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw new CommandException($"--against {directory}: that build cannot load {modelPath}: {ex.InnerException.Message}");
        }

        var text = Expression.Parameter(typeof(string), "text");
        var call = Expression.Call(Expression.Constant(model), evaluate, text, Expression.Constant(null, evaluate.GetParameters()[1].ParameterType));
        return Expression.Lambda<Func<string, object>>(Expression.Convert(call, typeof(object)), text).Compile();
    }

    /// <summary>Loads the other build's assemblies from its directory; the runtime's own come from the default context.</summary>
    private sealed class BuildContext(string directory) : AssemblyLoadContext($"other build in {directory}")
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var candidate = Path.Combine(directory, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
