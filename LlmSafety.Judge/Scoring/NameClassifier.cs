using LlmSafety.Judge.Features;

namespace LlmSafety.Judge.Scoring;

/// <summary>
/// The span-level name classifier: a calibrated linear model over whole multi-word name candidates
/// (<see cref="NameCandidates"/>) with a threshold chosen on validation. Its names join the tagger's PERSON_NAME spans.
/// </summary>
internal sealed class NameClassifier(LinearScorer scorer, double threshold)
{
    public const string Source = "model:names";

    public LinearScorer Scorer { get; } = scorer;

    public double Threshold { get; } = threshold;

    /// <summary>Candidates at or above the threshold, as PERSON_NAME spans scored with the classifier's probability.</summary>
    public List<TaggedSpan> Accept(AnalyzedText analyzed)
    {
        var accepted = new List<TaggedSpan>();
        var buffer = new List<int>(48);
        foreach (var candidate in NameCandidates.Find(analyzed))
        {
            buffer.Clear();
            NameCandidates.AddFeatures(analyzed, candidate, buffer, words: true);
            var p = Scorer.Probability(Scorer.Margin(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer)));
            if (p >= Threshold)
            {
                accepted.Add(new TaggedSpan(EntityType.PersonName, candidate.FirstToken, candidate.LastToken, (float)p, 1));
            }
        }

        return accepted;
    }
}
