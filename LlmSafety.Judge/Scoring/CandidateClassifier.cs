using LlmSafety.Judge.Features;

namespace LlmSafety.Judge.Scoring;

/// <summary>
/// A span-level classifier: a calibrated linear model over whole candidates found by a fixed rule (multi-word name
/// shapes, health-list words), with a threshold chosen on validation. Accepted candidates become tagged spans.
/// </summary>
internal sealed class CandidateClassifier<TCandidate>(
    LinearScorer scorer,
    double threshold,
    Func<AnalyzedText, List<TCandidate>> find,
    Action<AnalyzedText, TCandidate, List<int>, bool> features,
    Func<TCandidate, float, TaggedSpan> toSpan)
{
    public LinearScorer Scorer { get; } = scorer;

    public double Threshold { get; } = threshold;

    public List<TCandidate> Find(AnalyzedText analyzed) => find(analyzed);

    public void AddFeatures(AnalyzedText analyzed, TCandidate candidate, List<int> buffer, bool words) => features(analyzed, candidate, buffer, words);

    public double Probability(AnalyzedText analyzed, TCandidate candidate, List<int> buffer)
    {
        buffer.Clear();
        features(analyzed, candidate, buffer, true);
        return Scorer.Probability(Scorer.Margin(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer)));
    }

    /// <summary>Candidates at or above the threshold, as spans scored with the classifier's probability.</summary>
    public List<TaggedSpan> Accept(AnalyzedText analyzed) => Accepted(Score(analyzed));

    /// <summary>Every candidate, in text order, as a span with its probability.</summary>
    public List<(TaggedSpan Span, double Probability)> Score(AnalyzedText analyzed)
    {
        var scored = new List<(TaggedSpan, double)>();
        var buffer = new List<int>(64);
        foreach (var candidate in find(analyzed))
        {
            var p = Probability(analyzed, candidate, buffer);
            scored.Add((toSpan(candidate, (float)p), p));
        }

        return scored;
    }

    /// <summary>The scored candidates at or above the threshold.</summary>
    public List<TaggedSpan> Accepted(List<(TaggedSpan Span, double Probability)> scored)
    {
        var accepted = new List<TaggedSpan>();
        foreach (var (span, p) in scored)
        {
            if (p >= Threshold)
            {
                accepted.Add(span);
            }
        }

        return accepted;
    }
}

/// <summary>The candidate classifiers of the judge and their sources.</summary>
internal static class CandidateClassifiers
{
    /// <summary>Multi-word person names (<see cref="NameCandidates"/>); their spans join the tagger's PERSON_NAME spans.</summary>
    public const string NameSource = "model:names";

    /// <summary>Words of the health lists (<see cref="HealthCandidates"/>) in a sentence where the tagger found nothing.</summary>
    public const string HealthWordSource = "model:health-words";

    /// <summary>Whole sentences (<see cref="Features.HealthSentences"/>) that disclose health with no health word the other parts found.</summary>
    public const string HealthSentenceSource = "model:health-sentences";

    public static CandidateClassifier<NameCandidate> Names(LinearScorer scorer, double threshold) =>
        new(scorer, threshold, NameCandidates.Find, NameCandidates.AddFeatures,
            (c, p) => new TaggedSpan(EntityType.PersonName, c.FirstToken, c.LastToken, p, 1));

    public static CandidateClassifier<HealthCandidate> HealthWords(LinearScorer scorer, double threshold) =>
        new(scorer, threshold, HealthCandidates.Find, HealthCandidates.AddFeatures,
            (c, p) => new TaggedSpan(c.Type, c.FirstToken, c.LastToken, p, 1));

    public static CandidateClassifier<SentenceCandidate> HealthSentences(LinearScorer scorer, double threshold) =>
        new(scorer, threshold, Features.HealthSentences.Find, Features.HealthSentences.AddFeatures,
            (c, p) => new TaggedSpan(EntityType.Diagnosis, c.FirstToken, c.LastToken, p, 1));
}
