using System.Text;
using LlmSafety.Judge.Features;
using LlmSafety.Judge.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace LlmSafety.Judge.Tests.Model;

[Collection(TrainedJudgeCollection.Name)]
public class JudgeModelTests(TrainedJudgeFixture fixture)
{
    private readonly JudgeModel _model = fixture.Model;

    [Fact]
    public void Training_on_simulated_data_yields_a_judge_that_separates_disclosures_from_safe_stories()
    {
        var identityPositive = fixture.Test.Where(r => r.LabelIdentity == 1).Select(r => _model.Evaluate(r.Text).Identity.Score).Average();
        var identityNegative = fixture.Test.Where(r => r.LabelIdentity == 0).Select(r => _model.Evaluate(r.Text).Identity.Score).Average();
        var healthPositive = fixture.Test.Where(r => r.LabelHealth == 1).Select(r => _model.Evaluate(r.Text).Health.Score).Average();
        var healthNegative = fixture.Test.Where(r => r.LabelHealth == 0).Select(r => _model.Evaluate(r.Text).Health.Score).Average();

        Assert.True(identityPositive - identityNegative > 0.5, $"identity mean scores {identityPositive:0.00} vs {identityNegative:0.00}");
        Assert.True(healthPositive - healthNegative > 0.5, $"health mean scores {healthPositive:0.00} vs {healthNegative:0.00}");
    }

    [Fact]
    public void Saved_artifact_loads_into_a_judge_that_gives_identical_judgments()
    {
        using var stream = new MemoryStream();
        _model.Save(stream);
        stream.Position = 0;
        var loaded = JudgeModel.Load(stream);

        foreach (var record in fixture.Test.Take(40))
        {
            Assert.Equal(_model.Evaluate(record.Text), loaded.Evaluate(record.Text), JudgmentComparer.Instance);
        }

        Assert.Equal(_model.DefaultPolicy.IdentityThreshold, loaded.DefaultPolicy.IdentityThreshold);
        Assert.Equal(_model.Metadata.TaggerTypes, loaded.Metadata.TaggerTypes);
    }

    [Fact]
    public void Artifact_holds_the_mlnet_models_policy_and_metadata()
    {
        using var stream = new MemoryStream();
        _model.Save(stream);
        stream.Position = 0;
        using var archive = new System.IO.Compression.ZipArchive(stream);
        var names = archive.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("metadata.json", names);
        Assert.Contains("policy.json", names);
        Assert.Contains("identity.zip", names);
        Assert.Contains("health.zip", names);
        Assert.Contains("tagger/PERSON_NAME.zip", names);
        Assert.Contains("tagger/DIAGNOSIS.zip", names);
    }

    [Fact]
    public void Fast_tagger_scorer_agrees_with_the_mlnet_prediction_engine()
    {
        var mlContext = new MLContext(1);
        var transformer = _model.LoadMlNetModel("PERSON_NAME", out _);
        var engine = mlContext.Model.CreatePredictionEngine<TokenInput, TokenPrediction>(transformer);
        var scorer = _model.Engine.Tagger.Scorers[_model.Engine.Tagger.Types.ToList().IndexOf(EntityType.PersonName)];

        var analyzed = AnalyzedText.Analyze("My teacher, Mrs. Okafor, and my friend Liam Brown wait at 12 Oak Road.");
        var features = TokenFeatureExtractor.Extract(analyzed);
        for (var t = 0; t < features.Count; t++)
        {
            var indices = features.Of(t).ToArray();
            var vector = ToVector(indices);
            var prediction = engine.Predict(new TokenInput { Features = vector });
            var fast = scorer.Probability(scorer.Margin(indices));
            Assert.Equal(prediction.Probability, fast, 4);
        }
    }

    [Fact]
    public void Streaming_tagger_decodes_exactly_the_spans_of_decoding_all_probabilities()
    {
        var tagger = _model.Engine.Tagger;
        var texts = fixture.Test.Concat(fixture.Split.Validation).Select(r => r.Text).ToList();
        texts.Add(LongInput(texts, 30_000));
        texts.Add("Dr. Patel, Smith-Jones and Liam O'Brien live at 12 Oak St., Apt 4, with ADHD. Call 5 5 5 - 2 0 1 - 4 4 7 8.");
        texts.Add(string.Empty);

        foreach (var text in texts)
        {
            var analyzed = AnalyzedText.Analyze(text);
            Assert.Equal(tagger.Decode(analyzed, tagger.Score(analyzed)), tagger.Tag(analyzed));
        }
    }

    [Fact]
    public void Judging_a_100k_character_input_allocates_a_small_multiple_of_the_input()
    {
        var input = LongInput(fixture.Test.Select(r => r.Text).ToList(), 100_000);
        _model.Evaluate(input);
        _model.Evaluate(input);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var judgment = _model.Evaluate(input);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.NotEmpty(judgment.Entities);
        var inputBytes = input.Length * sizeof(char);
        Assert.True(allocated <= 8L * inputBytes, $"allocated {allocated:N0} bytes = {(double)allocated / inputBytes:0.0}× the input's {inputBytes:N0}");
    }

    /// <summary>Narratives joined with newlines and cut to a length, as the benchmark builds its long input.</summary>
    private static string LongInput(List<string> texts, int length)
    {
        var builder = new StringBuilder(length + 2000);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append(texts[i % texts.Count]).Append('\n');
        }

        return builder.ToString(0, length);
    }

    [Fact]
    public void Fast_document_scorer_agrees_with_the_mlnet_margin()
    {
        var mlContext = new MLContext(1);
        var transformer = _model.LoadMlNetModel("health", out _);
        var engine = mlContext.Model.CreatePredictionEngine<TokenInput, TokenPrediction>(transformer);
        var text = fixture.Test.First(r => r.LabelHealth == 1).Text;
        var analysis = _model.Engine.Analyze(text, _model.DefaultPolicy);
        var margin = _model.Engine.HealthScorer.Margin(analysis.FeatureIndices, analysis.FeatureValues);

        var indices = analysis.FeatureIndices.ToArray();
        var values = analysis.FeatureValues.ToArray();
        Array.Sort(indices, values);
        var merged = new SortedDictionary<int, float>();
        for (var i = 0; i < indices.Length; i++)
        {
            merged[indices[i]] = merged.GetValueOrDefault(indices[i]) + values[i];
        }

        var vector = new VBuffer<float>(1 << 18, merged.Count, [.. merged.Values], [.. merged.Keys]);
        Assert.Equal(engine.Predict(new TokenInput { Features = vector }).Score, margin, 3);
    }

    [Fact]
    public void Parallel_evaluation_gives_the_same_judgments_as_sequential()
    {
        var texts = fixture.Test.Take(60).Select(r => r.Text).ToArray();
        var sequential = texts.Select(t => _model.Evaluate(t)).ToArray();
        var parallel = new Judgment[texts.Length];
        Parallel.For(0, texts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            parallel[i % texts.Length] = _model.Evaluate(texts[i % texts.Length]);
        });

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(sequential[i], parallel[i], JudgmentComparer.Instance);
        }
    }

    [Fact]
    public void A_100000_character_input_is_judged_with_offsets_inside_it()
    {
        var builder = new StringBuilder();
        var i = 0;
        while (builder.Length < 100_000)
        {
            builder.Append(fixture.Test[i++ % fixture.Test.Count].Text).Append('\n');
        }

        var text = builder.ToString(0, 100_000);
        var judgment = _model.Evaluate(text);

        Assert.NotEmpty(judgment.Entities);
        Assert.All(judgment.Entities, e => Assert.InRange(e.End, e.Start + 1, text.Length));
        Assert.True(judgment.RedactedText.Length > 50_000);
    }

    [Fact]
    public void Entity_offsets_point_into_the_original_obfuscated_text()
    {
        var text = "Call 555-123-4567. My email is\u200B liam.okafor@example.com.";
        var judgment = _model.Evaluate(text);

        var phone = Assert.Single(judgment.Entities, e => e.Type == EntityType.Phone);
        Assert.Equal("555-123-4567", text[phone.Start..phone.End]);
        var email = Assert.Single(judgment.Entities, e => e.Type == EntityType.Email);
        Assert.Equal("liam.okafor@example.com", text[email.Start..email.End]);
        Assert.Equal(Verdict.Unsafe, judgment.Verdict);
    }

    private static VBuffer<float> ToVector(int[] indices)
    {
        var counts = new SortedDictionary<int, float>();
        foreach (var index in indices)
        {
            counts[index] = counts.GetValueOrDefault(index) + 1;
        }

        return new VBuffer<float>(1 << 18, counts.Count, [.. counts.Values], [.. counts.Keys]);
    }

    private sealed class TokenInput
    {
        [VectorType(1 << 18)]
        public VBuffer<float> Features { get; set; }
    }

    private sealed class TokenPrediction
    {
        public float Score { get; set; }

        public float Probability { get; set; }
    }
}
