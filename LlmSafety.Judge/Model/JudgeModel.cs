using System.IO.Compression;
using System.Text.Json;
using LlmSafety.Judge.Data;
using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using Microsoft.ML;

namespace LlmSafety.Judge.Model;

/// <summary>
/// The one saved artifact (judge-model.zip): the ML.NET models of the tagger (tagger/TYPE.zip) and the document
/// classifiers (identity.zip, health.zip), the name, health-word and health-sentence classifiers (names.zip, health-words.zip, health-sentences.zip), policy.json and metadata.json. Loading lifts the linear weights into the
/// fast scorer; the ML.NET models stay in the artifact as the trained source of truth.
/// </summary>
public sealed class JudgeModel : IJudge
{
    private const string MetadataEntry = "metadata.json";
    private const string PolicyEntry = "policy.json";
    private const string IdentityEntry = "identity.zip";
    private const string HealthEntry = "health.zip";
    private const string TaggerFolder = "tagger/";
    internal const string NamesEntry = "names.zip";
    internal const string HealthWordsEntry = "health-words.zip";
    internal const string HealthSentencesEntry = "health-sentences.zip";

    private readonly IReadOnlyDictionary<string, byte[]> _mlNetModels;

    internal JudgeModel(JudgeModelMetadata metadata, PolicyDocument policy, IReadOnlyDictionary<string, byte[]> mlNetModels, JudgeEngine engine)
    {
        Metadata = metadata;
        Policy = policy;
        _mlNetModels = mlNetModels;
        Engine = engine;
    }

    public JudgeModelMetadata Metadata { get; }

    public PolicyDocument Policy { get; }

    public JudgeEngine Engine { get; }

    public string ModelVersion => Engine.ModelVersion;

    public JudgePolicy DefaultPolicy => Engine.DefaultPolicy;

    public Judgment Evaluate(string text, JudgePolicy? policy = null) => Engine.Evaluate(text, policy);

    /// <summary>The serialised ML.NET model for one part ("identity", "health" or a tagger type such as "PERSON_NAME").</summary>
    public ITransformer LoadMlNetModel(string part, out DataViewSchema inputSchema)
    {
        var entry = part is "identity" or "health" or "names" or "health-words" or "health-sentences" ? $"{part}.zip" : $"{TaggerFolder}{part}.zip";
        using var stream = new MemoryStream(_mlNetModels[entry], writable: false);
        return new MLContext(Metadata.Seed).Model.Load(stream, out inputSchema);
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        Save(file);
    }

    public void Save(Stream stream)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        WriteJson(archive, MetadataEntry, Metadata);
        WriteJson(archive, PolicyEntry, Policy);
        foreach (var (name, bytes) in _mlNetModels)
        {
            var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
            using var entryStream = entry.Open();
            entryStream.Write(bytes);
        }
    }

    public static JudgeModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Judge model artifact not found: {path}", path);
        }

        using var file = File.OpenRead(path);
        return Load(file);
    }

    public static JudgeModel Load(Stream stream)
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var metadata = ReadJson<JudgeModelMetadata>(archive, MetadataEntry);
        if (metadata.FormatVersion != JudgeModelMetadata.CurrentFormatVersion
            || metadata.FeatureSetVersion != JudgeModelMetadata.CurrentFeatureSetVersion
            || metadata.TokenFeatureBits != TokenFeatureExtractor.Bits
            || metadata.DocumentFeatureBits != DocumentFeatureExtractor.Bits)
        {
            throw new InvalidDataException(
                $"Judge model format {metadata.FormatVersion}/features {metadata.FeatureSetVersion} does not match this code " +
                $"({JudgeModelMetadata.CurrentFormatVersion}/{JudgeModelMetadata.CurrentFeatureSetVersion}).");
        }

        var policy = ReadJson<PolicyDocument>(archive, PolicyEntry);
        var models = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.EndsWith(".zip", StringComparison.Ordinal))
            {
                using var entryStream = entry.Open();
                using var buffer = new MemoryStream();
                entryStream.CopyTo(buffer);
                models[entry.FullName] = buffer.ToArray();
            }
        }

        var mlContext = new MLContext(metadata.Seed);
        var types = new List<EntityType>();
        var scorers = new List<LinearScorer>();
        foreach (var label in metadata.TaggerTypes)
        {
            if (!EntityTypeLabels.TryParse(label, out var type))
            {
                throw new InvalidDataException($"Judge model names an unknown entity type {label}.");
            }

            types.Add(type);
            scorers.Add(ExtractScorer(mlContext, models, $"{TaggerFolder}{label}.zip", TokenFeatureExtractor.Bits));
        }

        var identity = WithCalibration(ExtractScorer(mlContext, models, IdentityEntry, DocumentFeatureExtractor.Bits), metadata.IdentityCalibration);
        var health = WithCalibration(ExtractScorer(mlContext, models, HealthEntry, DocumentFeatureExtractor.Bits), metadata.HealthCalibration);
        var names = CandidateClassifiers.Names(ExtractScorer(mlContext, models, NamesEntry, NameCandidates.Bits), metadata.NameThreshold);
        var healthWords = CandidateClassifiers.HealthWords(
            ExtractScorer(mlContext, models, HealthWordsEntry, HealthCandidates.Bits), metadata.HealthWordThreshold);
        var healthSentences = CandidateClassifiers.HealthSentences(
            ExtractScorer(mlContext, models, HealthSentencesEntry, HealthSentences.Bits), metadata.HealthSentenceThreshold);
        var engine = new JudgeEngine(
            metadata.ModelVersion, metadata.ReferenceYear, new SpanTagger(types, scorers, metadata.TaggerThresholds), names, healthWords, healthSentences,
            identity, health, policy.Policy, policy.Limits);
        return new JudgeModel(metadata, policy, models, engine);
    }

    internal static string TaggerEntryName(EntityType type) => $"{TaggerFolder}{type.ToLabel()}.zip";

    internal static string DocumentEntryName(Category category) => category == Category.Identity ? IdentityEntry : HealthEntry;

    internal static LinearScorer WithCalibration(LinearScorer scorer, PlattParameters calibration) =>
        new(scorer.Weights, scorer.Bias, calibration.Slope, calibration.Offset);

    private static LinearScorer ExtractScorer(MLContext mlContext, Dictionary<string, byte[]> models, string entry, int bits)
    {
        if (!models.TryGetValue(entry, out var bytes))
        {
            throw new InvalidDataException($"Judge model artifact lacks {entry}.");
        }

        using var stream = new MemoryStream(bytes, writable: false);
        var transformer = mlContext.Model.Load(stream, out _);
        return MlNetLinearExtractor.Extract(transformer, 1 << bits);
    }

    private static void WriteJson<T>(ZipArchive archive, string name, T value)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        JsonSerializer.Serialize(stream, value, ArtifactJson.Options);
    }

    private static T ReadJson<T>(ZipArchive archive, string name)
    {
        var entry = archive.GetEntry(name) ?? throw new InvalidDataException($"Judge model artifact lacks {name}.");
        using var stream = entry.Open();
        return JsonSerializer.Deserialize<T>(stream, ArtifactJson.Options)
            ?? throw new InvalidDataException($"Judge model artifact has an empty {name}.");
    }
}
