using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;

namespace LlmSafety.Judge.Tests.Scoring;

/// <summary>The decoder over hand-set probabilities: what joins into a span and which type the span takes.</summary>
public class SpanTaggerDecodeTests
{
    private static readonly EntityType[] Types = [EntityType.Diagnosis, EntityType.Device, EntityType.PersonName];

    private static SpanTagger Tagger() =>
        new(Types, [.. Types.Select(_ => new LinearScorer([0f], 0f, -1, 0))], [0.5, 0.5, 0.5]);

    /// <summary>Probabilities [type][token] with the given (token, type, probability) entries and 0 elsewhere.</summary>
    private static float[][] Probabilities(AnalyzedText analyzed, params (int Token, EntityType Type, float P)[] entries)
    {
        var probabilities = Types.Select(_ => new float[analyzed.Tokens.Count]).ToArray();
        foreach (var (token, type, p) in entries)
        {
            probabilities[Array.IndexOf(Types, type)][token] = p;
        }

        return probabilities;
    }

    private static List<(EntityType Type, string Text)> Spans(AnalyzedText analyzed, List<TaggedSpan> spans) =>
        spans.ConvertAll(s => (s.Type, analyzed.Text[analyzed.Tokens[s.FirstToken].Start..analyzed.Tokens[s.LastToken].End]));

    [Fact]
    public void Touching_health_spans_of_different_types_become_one_span_of_the_stronger_type()
    {
        // I(0) stop(1) because(2) of(3) the(4) wheezing(5) attacks(6) that(7) sent(8) me(9) .(10)
        var analyzed = AnalyzedText.Analyze("I stop because of the wheezing attacks that sent me.");
        var probabilities = Probabilities(analyzed,
            (5, EntityType.Diagnosis, 0.81f), (6, EntityType.Device, 0.79f), (7, EntityType.Diagnosis, 0.42f));

        var spans = Tagger().Decode(analyzed, probabilities);

        Assert.Equal([(EntityType.Diagnosis, "wheezing attacks")], Spans(analyzed, spans));
        Assert.Equal(2, spans[0].TaggedCount);
    }

    [Fact]
    public void The_joined_span_takes_the_type_with_more_summed_probability_not_the_first()
    {
        var analyzed = AnalyzedText.Analyze("I carry the beeping box that tells my mom.");
        var probabilities = Probabilities(analyzed,
            (3, EntityType.Diagnosis, 0.9f), (4, EntityType.Device, 0.6f), (5, EntityType.Device, 0.6f));

        var spans = Tagger().Decode(analyzed, probabilities);

        Assert.Equal([(EntityType.Device, "beeping box that")], Spans(analyzed, spans));
    }

    [Fact]
    public void Function_words_have_no_say_in_the_joined_type()
    {
        // I(0) had(1) chemotherapy(2) for(3) my(4) leukemia(5) .(6): "had" and "for my" are no evidence of a type.
        var analyzed = AnalyzedText.Analyze("I had chemotherapy for my leukemia.");
        var probabilities = Probabilities(analyzed,
            (1, EntityType.Diagnosis, 0.6f), (2, EntityType.Device, 0.9f), (3, EntityType.Diagnosis, 0.6f), (4, EntityType.Diagnosis, 0.6f));

        var spans = Tagger().Decode(analyzed, probabilities);

        Assert.Equal([(EntityType.Device, "had chemotherapy for my")], Spans(analyzed, spans));
    }

    [Fact]
    public void Health_spans_apart_or_next_to_an_identity_span_stay_separate()
    {
        // Ana(0) Lee(1) has(2) asthma(3) and(4) a(5) puffer(6) .(7)
        var analyzed = AnalyzedText.Analyze("Ana Lee has asthma and a puffer.");
        var probabilities = Probabilities(analyzed,
            (0, EntityType.PersonName, 0.9f), (1, EntityType.PersonName, 0.9f), (2, EntityType.Diagnosis, 0.6f),
            (3, EntityType.Diagnosis, 0.9f), (6, EntityType.Device, 0.9f));

        var spans = Tagger().Decode(analyzed, probabilities);

        Assert.Equal(
            [(EntityType.PersonName, "Ana Lee"), (EntityType.Diagnosis, "has asthma"), (EntityType.Device, "puffer")],
            Spans(analyzed, spans));
    }
}
