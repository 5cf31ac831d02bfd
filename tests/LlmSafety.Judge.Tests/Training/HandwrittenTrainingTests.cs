using LlmSafety.Judge.Data;
using LlmSafety.Judge.Model;
using LlmSafety.Judge.Training;
using LlmSafety.Narratives.Simulation;

namespace LlmSafety.Judge.Tests.Training;

/// <summary>
/// Handwritten stories join the training split of the parts <see cref="JudgeTrainingOptions.HandwrittenParts"/> names
/// (by default the document classifiers; never the tagger's health types, which learn from the simulated split alone,
/// see <see cref="JudgeTrainer"/>): small real trainings, with and without them, compared weight by weight.
/// </summary>
public sealed class HandwrittenTrainingTests
{
    private const int Seed = 5;

    private static readonly LabelledNarrative[] Handwritten =
    [
        Story("My name is Ana Souza and I live at 12 Rua Verde.", (11, 20, "PERSON_NAME"), (35, 47, "ADDRESS")),
        Story("Tomás Reyes takes his pink syrup every morning so his tummy stays calm.", (0, 11, "PERSON_NAME"), (22, 32, "MEDICATION")),
        Story("Kwame Mensah goes to Riverside Primary. His body goes stiff and shakes sometimes.", (0, 12, "PERSON_NAME"), (21, 38, "ORGANIZATION"), (44, 70, "DIAGNOSIS")),
        Story("We wait for the bus at nine and wave to the driver."),
    ];

    [Fact]
    public void By_default_handwritten_stories_teach_the_document_and_sentence_classifiers_and_leave_every_span_part_as_the_simulated_split_made_it()
    {
        var split = DatasetSplitter.Split(new NarrativeSimulator().Generate(300, Seed), Seed);
        var options = new JudgeTrainingOptions { ModelVersion = "test", ReferenceYear = 2026 };

        var plain = JudgeTrainer.Train(split.Train, split.Validation, options, Seed);
        var mixed = JudgeTrainer.Train(split.Train, split.Validation, options, Seed, Handwritten, []);

        Assert.Equal(HandwrittenParts.Documents | HandwrittenParts.HealthSentenceClassifier, options.HandwrittenParts);
        Assert.Equal(0, mixed.Facts["tagger.handwritten_token_rows"]);
        Assert.NotEmpty(plain.Model.Metadata.TaggerTypes);
        foreach (var type in plain.Model.Metadata.TaggerTypes)
        {
            Assert.Equal(Weights(plain.Model, type), Weights(mixed.Model, type));
        }

        Assert.Equal(Weights(plain.Model, "names"), Weights(mixed.Model, "names"));
        Assert.Equal(Weights(plain.Model, "health-words"), Weights(mixed.Model, "health-words"));
        Assert.Equal(plain.Model.Metadata.TaggerThresholds, mixed.Model.Metadata.TaggerThresholds);
        Assert.NotEqual(Weights(plain.Model, "identity"), Weights(mixed.Model, "identity"));
        Assert.NotEqual(Weights(plain.Model, "health"), Weights(mixed.Model, "health"));
        Assert.NotEqual(Weights(plain.Model, "health-sentences"), Weights(mixed.Model, "health-sentences"));
    }

    [Fact]
    public void Held_back_stories_calibrate_only_the_parts_that_read_handwritten_stories_and_no_part_means_the_simulated_model()
    {
        var split = DatasetSplitter.Split(new NarrativeSimulator().Generate(300, Seed), Seed);
        var options = new JudgeTrainingOptions { ModelVersion = "test", ReferenceYear = 2026 };

        var plain = JudgeTrainer.Train(split.Train, split.Validation, options, Seed);
        var calibrated = JudgeTrainer.Train(split.Train, split.Validation, options, Seed, Handwritten, Handwritten);
        var none = JudgeTrainer.Train(split.Train, split.Validation, options with { HandwrittenParts = HandwrittenParts.None }, Seed, Handwritten, Handwritten);

        // The candidate classifiers learn from the simulated split alone by default, so held-back stories leave their thresholds.
        Assert.Equal(plain.Facts["names.threshold"], calibrated.Facts["names.threshold"]);
        Assert.Equal(plain.Facts["health_words.threshold"], calibrated.Facts["health_words.threshold"]);
        Assert.NotEqual(plain.Facts["identity.platt_slope"], calibrated.Facts["identity.platt_slope"]);
        Assert.Equal((int)(HandwrittenParts.Documents | HandwrittenParts.HealthSentenceClassifier), calibrated.Facts["handwritten.parts"]);

        Assert.Equal(0, none.Facts["handwritten.records"]);
        Assert.Equal(Weights(plain.Model, "identity"), Weights(none.Model, "identity"));
        Assert.Equal(Weights(plain.Model, "health"), Weights(none.Model, "health"));
        Assert.Equal(plain.Facts["identity.platt_slope"], none.Facts["identity.platt_slope"]);
        Assert.Equal(plain.Facts["health.threshold"], none.Facts["health.threshold"]);
    }

    [Fact]
    public void With_every_part_handwritten_stories_change_the_identity_parts_and_leave_the_health_tagger_as_the_simulated_split_made_it()
    {
        var split = DatasetSplitter.Split(new NarrativeSimulator().Generate(300, Seed), Seed);
        var options = new JudgeTrainingOptions { ModelVersion = "test", ReferenceYear = 2026, HandwrittenParts = HandwrittenParts.All };

        var plain = JudgeTrainer.Train(split.Train, split.Validation, options, Seed);
        var mixed = JudgeTrainer.Train(split.Train, split.Validation, options, Seed, Handwritten, []);

        Assert.Equal(0, plain.Facts["handwritten.records"]);
        Assert.Equal(Handwritten.Length, mixed.Facts["handwritten.records"]);
        Assert.True(mixed.Facts["tagger.handwritten_token_rows"] > 0);
        foreach (var type in new[] { EntityType.Diagnosis, EntityType.Medication, EntityType.Treatment, EntityType.Device, EntityType.Provider })
        {
            Assert.Equal(Weights(plain.Model, type), Weights(mixed.Model, type));
        }

        Assert.NotEqual(Weights(plain.Model, EntityType.PersonName), Weights(mixed.Model, EntityType.PersonName));
        Assert.NotEqual(Weights(plain.Model, EntityType.Organization), Weights(mixed.Model, EntityType.Organization));
    }

    [Fact]
    public void For_the_name_classifier_a_handwritten_provider_is_a_person_and_handwritten_validation_calibrates_the_documents()
    {
        var split = DatasetSplitter.Split(new NarrativeSimulator().Generate(300, Seed), Seed);
        var options = new JudgeTrainingOptions { ModelVersion = "test", ReferenceYear = 2026, HandwrittenParts = HandwrittenParts.All };
        LabelledNarrative[] asProvider =
        [
            .. Handwritten,
            Story("Gemma Lowry is my speech therapist. Gemma Lowry and I play with sounds.", (0, 11, "PROVIDER"), (36, 47, "PROVIDER")),
        ];
        LabelledNarrative[] asPerson =
        [
            .. Handwritten,
            Story("Gemma Lowry is my speech therapist. Gemma Lowry and I play with sounds.", (0, 11, "PERSON_NAME"), (36, 47, "PERSON_NAME")),
        ];

        var provider = JudgeTrainer.Train(split.Train, split.Validation, options, Seed, asProvider, []);
        var person = JudgeTrainer.Train(split.Train, split.Validation, options, Seed, asPerson, []);
        var calibrated = JudgeTrainer.Train(split.Train, split.Validation, options, Seed, asProvider, Handwritten);

        Assert.Equal(Weights(provider.Model, "names"), Weights(person.Model, "names"));
        Assert.NotEqual(Weights(provider.Model, EntityType.PersonName), Weights(person.Model, EntityType.PersonName));
        Assert.Equal(Handwritten.Length, calibrated.Facts["handwritten.validation_records"]);
        Assert.Equal(Weights(provider.Model, "names"), Weights(calibrated.Model, "names"));
        Assert.NotEqual(provider.Facts["identity.platt_slope"], calibrated.Facts["identity.platt_slope"]);
    }

    private static float[] Weights(JudgeModel model, string part) =>
        MlNetLinearExtractor.Extract(model.LoadMlNetModel(part, out _), 1 << 18).Weights;

    private static float[] Weights(JudgeModel model, EntityType type) =>
        MlNetLinearExtractor.Extract(model.LoadMlNetModel(type.ToLabel(), out _), 1 << 18).Weights;

    private static LabelledNarrative Story(string text, params (int Start, int End, string Type)[] spans) => new()
    {
        Text = text,
        LabelIdentity = spans.Any(s => s.Type is "PERSON_NAME" or "ADDRESS" or "ORGANIZATION") ? 1 : 0,
        LabelHealth = spans.Any(s => s.Type is "DIAGNOSIS" or "MEDICATION" or "PROVIDER") ? 1 : 0,
        Spans = [.. spans.Select(s => new LabelledSpan(s.Start, s.End, s.Type))],
    };
}
