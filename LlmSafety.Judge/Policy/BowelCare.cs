using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Constipation told the way a toileting story tells it (set 142): "My tummy likes to hold on to poo for a long time" is
/// a DIAGNOSIS, and "The powder makes my poo softer" names a MEDICATION by what it does. Only a person's tummy or poo
/// ("my", "his", "her"; not a pet's "his" or "her" in a story with an animal), and only a thing that is taken (powder,
/// medicine, syrup, sachet, drink) as what softens it: "Everybody poos" and "Fruit makes poo soft" are no one's.
/// </summary>
internal static class BowelCare
{
    public const string Source = "rule:bowel-care";

    private const double Score = 0.85;

    private static readonly string[] Owners = ["my", "his", "her"];

    private static readonly string[] Bellies = ["tummy", "belly", "body", "bottom", "bowels", "bowel", "gut"];

    private static readonly string[] Holds = ["hold", "holds", "holding", "held", "hang", "hangs"];

    private static readonly string[] Poos = ["poo", "poos", "poop", "poops", "stool", "stools"];

    // What is taken to soften it: "the powder makes my poo softer", "my medicine keeps his poo soft".
    private static readonly string[] Softeners = ["powder", "medicine", "syrup", "sachet", "sachets", "drink"];

    private static readonly string[] Makes = ["makes", "keeps", "helps", "make", "keep", "help"];

    // How far after the belly its holding on may be: "tummy likes to hold on to".
    private const int HoldReach = 4;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        OrderedOverlaps? existing = null;
        List<CandidateEntity>? added = null;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (!IsPersonsOwner(analyzed, t, pets))
            {
                continue;
            }

            if (WordLists.Contains(Bellies, tokens[t + 1].In(text)) && HeldPooEnd(analyzed, t + 2) is var poo and > 0)
            {
                // "My tummy likes to hold on to poo".
                OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, tokens[t].Start, tokens[poo].End, Score, Source));
                t = poo;
                continue;
            }

            // "The powder makes my poo softer": the thing two words before the owner that softens the person's poo.
            if (WordLists.Contains(Poos, tokens[t + 1].In(text)) && t >= 2 && WordLists.Contains(Makes, tokens[t - 1].In(text))
                && WordLists.Contains(Softeners, tokens[t - 2].In(text)))
            {
                var first = t - 2 >= 1 && tokens[t - 3].In(text) is "special" ? t - 3 : t - 2;
                OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(EntityType.Medication, tokens[first].Start, tokens[t - 2].End, Score, Source));
            }
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    /// <summary>"my", or "his" or "her" in a story with no animal they could mean: a person's owner at t.</summary>
    internal static bool IsPersonsOwner(AnalyzedText analyzed, int t, Pets? pets)
    {
        var word = analyzed.Tokens[t].In(analyzed.Text);
        return WordLists.Contains(Owners, word) && !(pets is not null && !word.Equals("my", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The token of "poo" in "likes to hold on to poo", "holds onto his poo" starting at from; -1 for none.</summary>
    private static int HeldPooEnd(AnalyzedText analyzed, int from)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var hold = WordLists.FirstIn(text, tokens, from, Math.Min(tokens.Count - 1, from + HoldReach), Holds);
        if (hold < 0 || hold + 2 >= tokens.Count)
        {
            return -1;
        }

        var next = hold + 1;
        if (tokens[next].In(text) is "on" && next + 1 < tokens.Count && tokens[next + 1].In(text) is "to")
        {
            next += 2;
        }
        else if (tokens[next].In(text) is "onto")
        {
            next++;
        }
        else
        {
            return -1;
        }

        if (next < tokens.Count && (WordLists.Contains(Owners, tokens[next].In(text)) || tokens[next].In(text) is "its" or "the"))
        {
            next++;
        }

        return next < tokens.Count && WordLists.Contains(Poos, tokens[next].In(text)) ? next : -1;
    }
}
