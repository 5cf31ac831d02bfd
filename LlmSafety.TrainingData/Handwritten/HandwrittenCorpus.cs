using System.Collections.ObjectModel;
using LlmSafety.Judge.Data;

namespace LlmSafety.TrainingData.Handwritten;

/// <summary>
/// The team's labelled handwritten stories (137 files, 4,046 stories, written the way chat models and parents write
/// social narratives, labelled with both categories and every span), embedded in this assembly as training data:
/// default training adds them to the simulated split (see <c>JudgeTrainingOptions.HandwrittenParts</c>). The
/// evaluation sets in docs/eval are other stories; none of these is ever used to measure the judge.
/// </summary>
public static class HandwrittenCorpus
{
    /// <summary>The name a training run logs for these stories.</summary>
    public const string Name = "built-in";

    private const string ResourcePrefix = "LlmSafety.TrainingData.Handwritten.";

    private static readonly Lazy<IReadOnlyList<LabelledNarrative>> Stories = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The files, in name order (the order their stories are read in).</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        .. typeof(HandwrittenCorpus).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".jsonl", StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Every story of every file, spans in UTF-16 offsets; read once, then shared.</summary>
    public static IReadOnlyList<LabelledNarrative> All => Stories.Value;

    private static ReadOnlyCollection<LabelledNarrative> Read()
    {
        var assembly = typeof(HandwrittenCorpus).Assembly;
        var stories = new List<LabelledNarrative>();
        foreach (var file in Files)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
                ?? throw new InvalidOperationException($"The handwritten corpus file {file} is missing from {assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            // An in-memory resource stream completes every read synchronously, so waiting here blocks on nothing.
            var read = LabelledNarrativeJsonl.ReadAllAsync(reader, file).GetAwaiter().GetResult();
            stories.AddRange(read.RequireKnownSpanTypes(file).Records);
        }

        return stories.AsReadOnly();
    }
}
