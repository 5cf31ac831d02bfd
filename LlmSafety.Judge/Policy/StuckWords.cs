using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A stammer told the way a social story tells it, with no health word: "Sometimes my words get stuck", "your words get
/// stuck and come out in little pieces", "when his words get stuck at the beginning". Hand-written sets 17, 18, 23, 25
/// and 26 each held one. The phrase is fixed in English, so it is read as a rule rather than put on a lexicon (a
/// lexicon word is a feature of every model, and retraining on it moved unrelated answers). It counts only with "my",
/// "your", "his" or "her" before "words" (a person's, not "their words" of people in general or "the words … on the
/// page"), and not with an everyday cause a few words around it: a full mouth, a slow video call.
/// </summary>
internal static class StuckWords
{
    public const string Source = "rule:stuck-words";

    private const double Score = 0.9;

    private static readonly string[] Owners = ["my", "your", "his", "her"];

    private static readonly string[] Get = ["get", "gets", "got", "getting", "can", "sometimes", "often", "may", "might", "still"];

    // Everyday causes near the phrase: "When my mouth is full, my words get stuck", "when the internet is slow". (Being
    // excited or tired is when a stammer shows most, so those are no cause.)
    private static readonly string[] Causes = ["full", "internet", "video", "wifi", "signal", "yawn", "yawning", "chewing"];

    // How far around "words" an everyday cause is looked for.
    private const int CauseWindow = 8;

    // How far after "words" the "stuck" may come: "words get stuck", "words can sometimes get stuck".
    private const int MaxGap = 4;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            if (tokens[t].In(text) is not "words" || !WordLists.Contains(Owners, tokens[t - 1].In(text)))
            {
                continue;
            }

            var stuck = StuckAfter(analyzed, t);
            if (stuck < 0 || HasCause(analyzed, t))
            {
                continue;
            }

            var (start, end) = (tokens[t - 1].Start, tokens[stuck].End);
            if (!Overlaps(entities, start, end))
            {
                entities.Add(new CandidateEntity(EntityType.Diagnosis, start, end, Score, Source));
            }
        }
    }

    // A loop, not a lambda: a lambda's captured locals would cost an allocation on every token of the text.
    private static bool Overlaps(List<CandidateEntity> entities, int start, int end)
    {
        foreach (var entity in entities)
        {
            if (entity.Start < end && start < entity.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token of "stuck" after "words" at t, with only "get" and its helpers between; -1 when there is none.</summary>
    private static int StuckAfter(AnalyzedText analyzed, int words)
    {
        var tokens = analyzed.Tokens;
        var sawGet = false;
        for (var j = words + 1; j < tokens.Count && j <= words + MaxGap && !analyzed.SentenceStarts[j]; j++)
        {
            var word = tokens[j].In(analyzed.Text);
            if (word is "stuck")
            {
                return sawGet ? j : -1;
            }

            if (!WordLists.Contains(Get, word))
            {
                return -1;
            }

            sawGet |= word is "get" or "gets" or "got" or "getting";
        }

        return -1;
    }

    private static bool HasCause(AnalyzedText analyzed, int t)
    {
        var (from, to) = analyzed.WindowInSentence(t, t, CauseWindow);
        for (var j = from; j <= to; j++)
        {
            if (WordLists.Contains(Causes, analyzed.Tokens[j].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }
}
