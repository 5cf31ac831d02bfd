using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Features;

/// <summary>One sentence (or a piece of a very long one) for the health-sentence classifier: its first and last word.</summary>
internal readonly record struct SentenceCandidate(int FirstToken, int LastToken);

/// <summary>
/// Describes a whole sentence by its words and word pairs, for the health-sentence classifier. Parents and LLMs write
/// many disclosures with no health word at all ("my brain has a big switch-off and my arms and legs go stiff",
/// "my tummy gets hurt on the inside when I eat wheat"); the tagger, which reads a token and its neighbours, scores
/// such phrases near zero, while their words together ("brain", "stiff", "shake", "tummy", "my body") say it. Unlike
/// the tagger this part learns from the handwritten stories as well as the simulated ones, so it sees the phrasings
/// of many writers rather than of the simulator's templates.
/// </summary>
internal static class HealthSentences
{
    public const int Bits = TokenFeatureExtractor.Bits;

    private const int ProperNoun = 0x5e17;

    /// <summary>Sentences shorter than this many words ("Good job!") carry too little to judge.</summary>
    private const int MinWords = 4;

    /// <summary>A sentence longer than this is judged in pieces, so that a span stays readable and the work linear.</summary>
    private const int MaxWords = 48;

    /// <summary>
    /// The sentences with no word of a health list: a sentence with one ("my inhaler", "the walker") is judged, word by
    /// word, by the tagger and the health-word classifier, and this classifier is for what they cannot see.
    /// </summary>
    public static List<SentenceCandidate> Find(AnalyzedText analyzed)
    {
        var found = new List<SentenceCandidate>();
        var tokens = analyzed.Tokens;
        var first = -1;
        var last = -1;
        var words = 0;
        var listed = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (analyzed.SentenceStarts[t] || (words >= MaxWords && tokens[t].Kind == TokenKind.Word))
            {
                Close(found, first, last, words, listed);
                (first, last, words, listed) = (-1, -1, 0, false);
            }

            if (tokens[t].Kind == TokenKind.Punctuation)
            {
                continue;
            }

            first = first < 0 ? t : first;
            last = t;
            words += tokens[t].Kind == TokenKind.Word ? 1 : 0;
            listed |= (analyzed.Lexicons[t] & LexiconSet.HealthKinds) != LexiconKind.None;
        }

        Close(found, first, last, words, listed);
        return found;
    }

    private static void Close(List<SentenceCandidate> found, int first, int last, int words, bool listed)
    {
        if (first >= 0 && words >= MinWords && !listed)
        {
            found.Add(new SentenceCandidate(first, last));
        }
    }

    /// <summary>
    /// The sentence's features: its lower-cased words and neighbouring word pairs, its length, who it is about (possessive,
    /// attribution and generic cues, "Some kids …" at its start). Without
    /// <paramref name="words"/> only the word-free features are added.
    /// </summary>
    public static void AddFeatures(AnalyzedText analyzed, SentenceCandidate candidate, List<int> f, bool words)
    {
        var tokens = analyzed.Tokens;
        var count = 0;
        var cues = LexiconKind.None;
        var previous = -1;
        var previousCode = 0;
        for (var t = candidate.FirstToken; t <= candidate.LastToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                previous = -1;
                continue;
            }

            count++;
            cues |= analyzed.Lexicons[t] & (LexiconKind.Possessive | LexiconKind.AttributionCue | LexiconKind.GenericCue);
            // A capitalised word inside the sentence is a name or a place ("Lily", "Luna", "Walker"): it stands for
            // itself in one story only, so every such word is the same word here.
            var code = t != candidate.FirstToken && analyzed.IsCapitalisedWord(t) ? ProperNoun : analyzed.WordCodes[t];
            if (words)
            {
                f.Add(FeatureHasher.Hash(200, code, Bits));
                if (previous >= 0)
                {
                    f.Add(FeatureHasher.Hash(201, previousCode, code, Bits));
                }
            }

            previous = t;
            previousCode = code;
        }

        var generic = HealthCandidates.OpensOnGenericCue(analyzed, candidate.FirstToken, Math.Min(candidate.LastToken + 1, candidate.FirstToken + 3));

        f.Add(FeatureHasher.Hash(202, Math.Min(count / 4, 8), Bits));
        f.Add(FeatureHasher.Hash(203, (int)cues, Bits));
        f.Add(FeatureHasher.Hash(205, generic ? 1 : 0, Bits));
    }
}
