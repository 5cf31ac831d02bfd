using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A feeding disorder told by what eating is like: "my body feels scared of lots of foods, and I only eat a few things",
/// "he is afraid of new foods and only eats five foods". A fear of foods (scared, afraid or frightened "of" foods within
/// a few words) and eating restricted to a few things ("only eat a few things", "only eats three foods") in the same
/// sentence, said of a person of the story, is a DIAGNOSIS; one of them alone is a child's taste ("I only eat a few things
/// at breakfast", "I was scared of the food fight"). Set 82 told a child's feeding therapy so, with no health word.
/// </summary>
internal static class FoodFears
{
    public const string Source = "rule:food-fear";

    private const double Score = 0.75;

    private static readonly string[] Fears = ["scared", "afraid", "frightened", "fearful", "terrified", "worried"];

    private static readonly string[] FoodWords = ["food", "foods", "meals", "tastes", "textures"];

    private static readonly string[] Eat = ["eat", "eats"];

    private static readonly string[] Few = ["few", "two", "three", "four", "five", "six", "handful", "same", "small", "safe"];

    private static readonly string[] Things = ["things", "foods", "food", "meals", "kinds", "types"];

    // Of people in general: "Some children are scared of new foods and only eat a few things".
    private static readonly string[] Anyone = ["children", "kids", "people", "anyone", "everyone", "if"];

    private const int FoodReach = 5;

    private const int FewReach = 4;

    private const int SentenceWindow = 30;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var text = analyzed.Text;
        if (!text.Contains("only eat", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var tokens = analyzed.Tokens;
        OrderedOverlaps? existing = null;
        List<CandidateEntity>? added = null;
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            if (!WordLists.Contains(Eat, tokens[t].In(text)) || tokens[t - 1].In(text) is not "only")
            {
                continue;
            }

            // "only eat a few things", "only eats three foods", "only eat the same things".
            var few = WordLists.FirstIn(text, tokens, t + 1, Math.Min(tokens.Count - 1, t + FewReach), Few);
            // "a few things", "five safe foods", "a small number of foods".
            var things = few < 0 ? -1 : WordLists.FirstIn(text, tokens, few, Math.Min(tokens.Count - 1, few + FewReach), Things);
            if (things < 0 || analyzed.SentenceStarts[few] || analyzed.SentenceStarts[things])
            {
                continue;
            }

            var (from, to) = analyzed.WindowInSentence(t, things, SentenceWindow);
            var fear = FearOfFoods(analyzed, from, t - 1);
            if (fear < 0 || WordLists.AnyIn(text, tokens, from, to, Anyone) || !Eyesight.AnyPerson(analyzed, from, t - 1, pets)
                || OthersCare.IsOthers(analyzed, fear, things, EntityType.Diagnosis, pets))
            {
                continue;
            }

            var first = fear > 0 && WordLists.Contains(Owners, tokens[fear - 1].In(text)) ? fear - 1 : fear;
            OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, tokens[first].Start, tokens[things].End, Score, Source));
            t = things;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    private static readonly string[] Owners = ["my", "his", "her", "their"];

    /// <summary>The first word of a fear "of" foods in [from, to]: "scared of lots of foods", "afraid of new foods"; -1 for none.</summary>
    private static int FearOfFoods(AnalyzedText analyzed, int from, int to)
    {
        var tokens = analyzed.Tokens;
        for (var t = from; t + 1 <= to; t++)
        {
            // "scared of lots of foods"; or a food said first, "Lots of foods make my body feel frightened".
            var food = WordLists.FirstIn(analyzed.Text, tokens, from, t - 1, FoodWords);
            if (WordLists.Contains(Fears, tokens[t].In(analyzed.Text))
                && ((tokens[t + 1].In(analyzed.Text) is "of" && WordLists.AnyIn(analyzed.Text, tokens, t + 2, Math.Min(to, t + 1 + FoodReach), FoodWords)) || food >= 0))
            {
                if (food >= 0 && tokens[t + 1].In(analyzed.Text) is not "of")
                {
                    return food > from && tokens[food - 1].Kind == TokenKind.Word && (analyzed.Lexicons[food - 1] & Lexicons.LexiconKind.FunctionWord) == 0 ? food - 1 : food;
                }

                // "my body feels scared of …": the body that feels it opens the span.
                return t - 2 >= from && tokens[t - 1].In(analyzed.Text) is "feels" or "feel" or "gets" && tokens[t - 2].In(analyzed.Text) is "body" or "tummy" ? t - 2 : t;
            }
        }

        return -1;
    }
}
