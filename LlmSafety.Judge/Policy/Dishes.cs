using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Meals and places the tagger reads as care. A social story of a feast, a visit or a restaurant names dishes in their
/// own language ("leftover biryani", "jollof rice", "bánh mì", "we eat pierogi") and the countries families come from
/// ("She is from the Philippines"); a word the tagger never saw in its simulated training, lower case and on no English
/// list, looks to it like a drug's or a condition's name. A health span none of whose words a health or body list knows
/// is no health when it names a dish (<c>Lexicons/Data/dishes.txt</c>, some 450 words of many kitchens that no model reads),
/// ends on a word of food ("lentil soup", "jollof rice"), or is a place's name only.
/// </summary>
internal static class Dishes
{
    private static readonly HashSet<string> Words = new(LexiconSet.ReadResource("dishes.txt"), StringComparer.OrdinalIgnoreCase);

    // Plain English words of food that a dish's name ends on: "jollof rice", "lentil soup", "sticky rice cakes".
    private static readonly string[] FoodNouns =
    [
        "chicken", "pork", "rice", "soup", "soups", "stew", "stews", "bread", "breads", "noodles", "curry", "curries", "sauce", "porridge", "pudding", "puddings",
        "cake", "cakes", "pie", "pies", "buns", "pancakes", "biscuits", "cookies", "sweets", "beans", "lentils", "salad", "dough", "flatbread",
        "fritters", "dessert", "desserts",
    ];

    private const LexiconKind NotFood = LexiconSet.HealthKinds | LexiconKind.BodyWord;

    /// <summary>
    /// "Trying Jollof Rice" (a heading), "Jollof Rice is spicy": a name whose first word is on the list of dishes and no
    /// given name, whose last is a word of food and any between are either, is the dish's, capitalised, no person's
    /// ("Mochi Tanaka", "Dal Singh" and "Madeleine Rice" stay names).
    /// </summary>
    public static bool IsCapitalisedDish(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        if (span.LastToken == span.FirstToken || !IsDish(tokens[span.FirstToken].In(analyzed.Text)) || !WordLists.Contains(FoodNouns, tokens[span.LastToken].In(analyzed.Text))
            || (analyzed.Lexicons[span.FirstToken] & NotFood) != 0 || GivenNames.IsGivenName(analyzed.Lexicons[span.FirstToken], tokens[span.FirstToken].In(analyzed.Text)))
        {
            return false;
        }

        for (var t = span.FirstToken + 1; t < span.LastToken; t++)
        {
            if (!IsDish(tokens[t].In(analyzed.Text)) && !WordLists.Contains(FoodNouns, tokens[t].In(analyzed.Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="word"/> is on the list of dishes (any case).</summary>
    public static bool IsDish(ReadOnlySpan<char> word) => Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// A health span with no word of a health or body list, whose words are a dish's (one of them on the list of dishes,
    /// or a food noun last, the rest plain English or unknown lower-case words) or a place's name only.
    /// </summary>
    public static bool IsDishOrPlace(AnalyzedText analyzed, TaggedSpan span)
    {
        if (EntityCategories.Of(span.Type) != Category.Health)
        {
            return false;
        }

        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (IsScottishTablet(analyzed, span))
        {
            return true;
        }

        var dish = false;
        var places = 0;
        var others = 0;
        var lastWord = -1;
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var kinds = analyzed.Lexicons[t];
            var word = tokens[t].In(text);
            if (IsDishOfBodyWord(analyzed, t))
            {
                // "pain au chocolat": the French bread, no pain; "jerk chicken": Jamaica's spiced meat, no jerking.
                dish = true;
                lastWord = t;
                continue;
            }

            if ((kinds & NotFood) != 0)
            {
                return false;
            }

            if ((kinds & LexiconKind.FunctionWord) != 0)
            {
                continue;
            }

            lastWord = t;
            if (IsDish(word))
            {
                dish = true;
            }
            else if (char.IsUpper(word[0]) && (kinds & LexiconKind.PlaceWord) != 0)
            {
                places++;
            }
            else if ((kinds & LexiconKind.CommonWord) != 0 || OtherLanguageWords.Contains(word))
            {
                // "tortilla española": a word of another language beside a dish is the dish's.
                others++;
            }
            else
            {
                // A word no list knows beside a dish may be a drug's or a diet's name ("ketogenic"): the span stays.
                return false;
            }
        }

        if (lastWord < 0)
        {
            return false;
        }

        if (places > 0 && others == 0 && !dish && span.Type != EntityType.Provider)
        {
            // "the Philippines", "South Kensington".
            return true;
        }

        // "jollof rice", "lentil soup": the span ends on a word of food, or a dish follows it ("banh" + "xeo").
        var endsOnFood = WordLists.Contains(FoodNouns, tokens[lastWord].In(text))
            || (span.LastToken + 1 < tokens.Count && IsDish(tokens[span.LastToken + 1].In(text)));
        return dish || (endsOnFood && places == 0);
    }

    /// <summary>
    /// "the family will have tablet and shortbread at Gran's hotel": "tablet" with no article or number before it, in a
    /// list with Scotland's sweets ("tablet and shortbread", "shortbread, fudge and tablet"), is Scotland's sugar sweet.
    /// </summary>
    private static bool IsScottishTablet(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var t = span.FirstToken;
        if (t != span.LastToken || tokens[t].In(text) is not ("tablet" or "Tablet")
            || (t >= 1 && (WordLists.Contains(CountedOrTaken, tokens[t - 1].In(text)) || tokens[t - 1].Kind == TokenKind.Number)))
        {
            return false;
        }

        return (t + 2 < tokens.Count && tokens[t + 1].In(text) is "and" or "or" or "," && IsScottishSweet(tokens[t + 2].In(text)))
            || (t >= 2 && tokens[t - 1].In(text) is "and" or "or" or "," && IsScottishSweet(tokens[t - 2].In(text)));
    }

    // Words that make "tablet" a countable thing, a pill or a screen ("my tablet", "one tablet", "the tablet"), or one taken.
    private static readonly string[] CountedOrTaken =
        ["a", "an", "the", "my", "your", "his", "her", "their", "our", "its", "one", "this", "that", "each", "every", "another", "same", "new", "own",
            // And verbs of taking a medicine: "she takes tablet and juice".
            "take", "takes", "took", "taking", "swallow", "swallows"];

    // Scotland's sweets a tablet is listed with ("tea and tablet" may be a pill at bedtime).
    private static readonly string[] Sweets = ["fudge", "toffee", "shortbread", "tablet", "tablets", "tattie", "scones", "tunnock's"];

    private static bool IsScottishSweet(ReadOnlySpan<char> word) => WordLists.Contains(Sweets, word);

    // What is cooked "jerk": "jerk chicken", "jerk pork", "jerk seasoning".
    private static readonly string[] JerkFoods = ["chicken", "pork", "fish", "goat", "lamb", "beef", "prawns", "shrimp", "tofu", "wings", "seasoning", "sauce", "marinade"];

    /// <summary>
    /// A word of a body or health list that names a dish by the word after it: "pain" of "pain au chocolat" and "pain de
    /// mie" (the French word for bread before "au", "aux" or "de"), "jerk" of "jerk chicken" (Jamaica's way of spicing meat).
    /// </summary>
    private static bool IsDishOfBodyWord(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        if (t + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[t + 1].In(analyzed.Text);
        return tokens[t].In(analyzed.Text) switch
        {
            "pain" or "Pain" => next is "au" or "aux" or "de",
            "jerk" or "Jerk" => WordLists.Contains(JerkFoods, next),
            _ => false,
        };
    }
}
