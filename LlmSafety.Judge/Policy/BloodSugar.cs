using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Diabetes told without its name: "if Zofia's sugar is going too low or too high", "when my blood sugar drops". A
/// person's sugar (after "my", "his", "her", "your" or a name's "'s", maybe "blood" between), followed by a verb or
/// "levels", that goes low, high or drops in the words after it, in its sentence, is a condition, and so is the sugar in a
/// person's blood that goes low or high, that there is too much of, or that a body cannot keep steady ("Her body can't
/// keep the sugar in her blood steady"); sugar nobody owns
/// ("too much sugar is bad for teeth"), "my sugar cookies" and sugar near a kitchen word ("Nana's sugar is running low, so
/// we go to the shop") are food, and a pet's sugar is the pet's. Checking a person's sugar ("Mum checks my sugar before
/// lunch", "the little machine on his arm that checks his sugar"), and keeping it steady ("the shot that keeps my sugar
/// steady"), is the care of it, a TREATMENT, unless "his" or "her"
/// may stand for an animal of the story.
/// </summary>
internal static class BloodSugar
{
    public const string Source = "rule:blood-sugar";

    private const double Score = 0.85;

    private static readonly string[] Owners = ["my", "his", "her", "your"];

    private static readonly string[] Levels = ["low", "high", "drops", "drop", "dropping", "dropped", "spikes", "spike", "lows", "highs"];

    // What follows a person's sugar when its level is told: "sugar is going", "sugar levels drop", "sugar can get".
    private static readonly string[] Verbs =
    [
        "is", "was", "gets", "get", "got", "goes", "go", "going", "went", "drops", "drop", "dropped", "can", "could", "might", "may",
        "will", "level", "levels", "keeps", "falls", "becomes", "too", "spikes",
    ];

    // What a check of the sugar reads: "checks my sugar number", "his sugar reading".
    private static readonly string[] Readings = ["number", "numbers", "reading", "readings"];

    // "sugar is going too low": how far after "sugar" its level may be said.
    private const int LevelWindow = 6;

    // The kitchen's sugar: "Nana's sugar is running low, so we go to the shop", "Mum's sugar is too high up on the shelf",
    // "Check your sugar before you pour it into the bowl", "Measure your sugar and flour" (not food a child eats: "Mum
    // checks my sugar before I eat my cookies" is diabetes care).
    private static readonly string[] Kitchen =
    [
        "shop", "shops", "buy", "bought", "bake", "baking", "cake", "cakes", "jar", "cupboard", "shelf", "recipe", "tea", "coffee", "bowl", "spoon",
        "flour", "pour", "oven", "salt", "stir", "stirred", "stirs", "spoons", "spoonful",
    ];

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets = null)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (SugarInBloodEnd(analyzed, t, pets) is var bloodAt and > 0)
            {
                // "a tiny finger poke to check how much sugar is in my blood", "Her body can't keep the sugar in her blood
                // steady": a person's sugar told by the blood it is in, with care or trouble in its sentence.
                var (kind, from) = SugarInBloodReading(analyzed, t, bloodAt);
                if (kind is EntityType told)
                {
                    OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(told, tokens[from].Start, tokens[bloodAt].End, Score, Source));
                }

                t = bloodAt;
                continue;
            }

            if (t == 0)
            {
                continue;
            }

            var blood = tokens[t - 1].In(text) is "blood" or "Blood";
            var owner = blood ? t - 2 : t - 1;
            if (!tokens[t].In(text).Equals("sugar", StringComparison.OrdinalIgnoreCase) || !HasOwner(analyzed, owner, pets)
                || (!blood && tokens[t - 1].In(text) is "s" && IsKitchen(analyzed, t)))
            {
                // A kitchen word counts against a name's sugar only ("Nana's sugar … the shop"), never "my blood sugar".
                continue;
            }

            var check = IsCaredForBy(analyzed, owner, t, pets)
                && (WordLists.Contains(Checks, tokens[owner - 1].In(text)) || (WordLists.Contains(Measures, tokens[owner - 1].In(text)) && (blood || IsCare(analyzed, t))))
                ? owner - 1 : -1;
            var reading = t + 1 < tokens.Count && WordLists.Contains(Readings, tokens[t + 1].In(text));
            if (check >= 0 && (t + 1 >= tokens.Count || tokens[t + 1].Kind != TokenKind.Word || reading
                || (analyzed.Lexicons[t + 1] & (LexiconKind.FunctionWord | LexiconKind.CalendarWord)) != 0 || WordLists.Contains(Verbs, tokens[t + 1].In(text))))
            {
                // "Mum checks my sugar before lunch", "the little machine on his arm that checks his sugar", "Umma checks
                // my sugar number" (not "check my sugar cookies").
                var end = reading ? t + 1 : t;
                if (!IsSaidToToy(analyzed, owner, end))
                {
                    OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(EntityType.Treatment, tokens[check].Start, tokens[end].End, Score, Source));
                }

                continue;
            }

            // "the shot before lunch that keeps my sugar steady": keeping a person's sugar where it should be is its care.
            if (IsCaredForBy(analyzed, owner, t, pets) && WordLists.Contains(Keeps, tokens[owner - 1].In(text)) && t + 1 < tokens.Count
                && WordLists.Contains(Steady, tokens[t + 1].In(text)))
            {
                OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(EntityType.Treatment, tokens[owner - 1].Start, tokens[t + 1].End, Score, Source));
                continue;
            }

            if (t + 1 >= tokens.Count || !WordLists.Contains(Verbs, tokens[t + 1].In(text)))
            {
                // "my sugar cookies".
                continue;
            }

            var first = tokens[t - 1].In(text) is "blood" or "Blood" ? t - 1 : t;
            for (var n = t + 1; n < tokens.Count && n <= t + LevelWindow && !analyzed.SentenceStarts[n]; n++)
            {
                if (tokens[n].Kind != TokenKind.Word)
                {
                    break;
                }

                if (WordLists.Contains(Levels, tokens[n].In(text)) && !(n + 1 < tokens.Count && tokens[n + 1].In(text) is "up"))
                {
                    OrderedOverlaps.AddUnlessOverlapping(entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, tokens[first].Start, tokens[n].End, Score, Source));

                    t = n;
                    break;
                }
            }
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    // How many tokens a toy's name spoken to may run: "Mr. Buttons", "Señor Oso".
    private const int ToyNameLength = 4;

    /// <summary>
    /// "Time to check your sugar, Mr. Buttons!": "your" sugar in words spoken to a toy or a pet the story named, after a
    /// comma at the end of the sentence, is the toy's in a game of doctors.
    /// </summary>
    private static bool IsSaidToToy(AnalyzedText analyzed, int owner, int end)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (!tokens[owner].In(text).Equals("your", StringComparison.OrdinalIgnoreCase) || end + 2 >= tokens.Count || tokens[end + 1].In(text) is not ",")
        {
            return false;
        }

        var last = end + 2;
        while (last + 1 < tokens.Count && last - end <= ToyNameLength && (tokens[last + 1].Kind == TokenKind.Word || tokens[last + 1].In(text) is "."))
        {
            last++;
        }

        // The name ends its sentence: a "!", "?" or "." closes it (a "." right after a title is the title's).
        if (tokens[last].In(text) is ".")
        {
            last--;
        }

        return last > end + 1 && ToyNames.IsToysOrPetsName(analyzed, new TaggedSpan(EntityType.PersonName, end + 2, last, 1, 1));
    }

    /// <summary>
    /// "sugar in my blood", "Sugar Is In Her Blood", "sugar in Zofia's blood": the token of "blood" when the sugar at t is
    /// in a person's blood (not "your", which a lesson says to anyone, and not a pet's); -1 otherwise.
    /// </summary>
    private static int SugarInBloodEnd(AnalyzedText analyzed, int t, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (!tokens[t].In(text).Equals("sugar", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var inAt = t + 1 < tokens.Count && IsWord(tokens[t + 1].In(text), "is", "are") ? t + 2 : t + 1;
        if (inAt + 2 >= tokens.Count || !IsWord(tokens[inAt].In(text), "in"))
        {
            return -1;
        }

        // "in my blood"; "in Zofia's blood".
        var blood = WordLists.Contains(Owners, tokens[inAt + 1].In(text)) ? inAt + 2 : inAt + 4;
        return blood < tokens.Count && IsWord(tokens[blood].In(text), "blood") && HasOwner(analyzed, blood - 1, pets)
            && !IsWord(tokens[blood - 1].In(text), "your") && !(pets is not null && IsWord(tokens[blood - 1].In(text), "his", "her")) && !IsKitchen(analyzed, t)
            ? blood
            : -1;
    }

    private static bool IsWord(ReadOnlySpan<char> token, string word, string? or = null) =>
        token.Equals(word, StringComparison.OrdinalIgnoreCase) || (or is not null && token.Equals(or, StringComparison.OrdinalIgnoreCase));

    // Abilities a body lacks over its sugar, after "can't", "cannot" or "doesn't": "Her body can't keep the sugar in her
    // blood steady", "My body can't look after the sugar in my blood".
    private static readonly string[] Abilities = ["keep", "look", "move", "control", "manage", "use", "handle"];

    // How far before "sugar" the check of it, or the lacking ability, may start: "check how much sugar", "can't keep the sugar".
    private const int CheckReach = 4;

    /// <summary>
    /// What a person's sugar in their blood tells: its care (a TREATMENT from the check word) when a check of it comes
    /// right before ("a tiny finger poke to check how much sugar is in my blood", "the nurse tested how much sugar"); the
    /// condition (a DIAGNOSIS from "sugar") when its level goes low or high after it ("when the sugar in my blood drops"),
    /// "too much" or "too little" comes before it, or a body cannot keep or look after it; nothing otherwise ("my tummy
    /// can turn my breakfast into sugar in my blood").
    /// </summary>
    private static (EntityType? Kind, int From) SugarInBloodReading(AnalyzedText analyzed, int sugar, int blood)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var from = Math.Max(0, sugar - CheckReach);
        // Measured too: what is measured in blood is no baker's sugar.
        var check = WordLists.FirstIn(text, tokens, from, sugar - 1, Checks);
        check = check >= 0 ? check : WordLists.FirstIn(text, tokens, from, sugar - 1, Measures);
        if (check >= 0)
        {
            return (EntityType.Treatment, check);
        }

        var (_, last) = analyzed.WindowInSentence(blood, blood, LevelWindow);
        var level = WordLists.AnyIn(text, tokens, blood + 1, last, Levels);
        var tooMuch = sugar >= 2 && IsWord(tokens[sugar - 2].In(text), "too") && IsWord(tokens[sugar - 1].In(text), "much", "little");
        var unable = false;
        for (var t = from; t < sugar - 1 && !unable; t++)
        {
            // "can't" is "can", "'", "t"; "cannot"; "doesn't".
            var negated = IsWord(tokens[t].In(text), "cannot") || (IsWord(tokens[t].In(text), "t") && t >= 2 && tokens[t - 1].In(text) is "'" or "’");
            unable = negated && WordLists.Contains(Abilities, tokens[t + 1].In(text));
        }

        return level || tooMuch || unable ? (EntityType.Diagnosis, sugar) : (null, sugar);
    }

    private static readonly string[] Keeps = ["keep", "keeps", "keeping", "kept"];

    // Where a person's sugar is kept: "keeps my sugar steady", "keep his blood sugar stable".
    private static readonly string[] Steady = ["steady", "stable", "level", "normal", "safe", "balanced", "right", "okay", "ok"];

    // Checking a person's sugar: "Mum checks my sugar", "test her blood sugar".
    private static readonly string[] Checks = ["check", "checks", "checking", "checked", "test", "tests", "testing", "tested", "prick", "pricks"];

    // "measure" is a baker's word too ("First I measure my sugar, then Grandma adds the eggs"): a person's sugar is
    // measured only as "blood sugar" or with care in its sentence ("The nurse measures my sugar with a meter").
    private static readonly string[] Measures = ["measure", "measures", "measuring", "measured"];

    private static readonly string[] Care = ["meter", "nurse", "finger", "machine", "sensor", "monitor", "doctor", "level", "levels", "number"];

    // How far around "sugar" in its sentence care is looked for.
    private const int CareWindow = 12;

    private static bool IsCare(AnalyzedText analyzed, int t)
    {
        var (first, last) = analyzed.WindowInSentence(t, t, CareWindow);
        return WordLists.AnyIn(analyzed.Text, analyzed.Tokens, first, last, Care);
    }

    // How far around "sugar" in its sentence a kitchen word is looked for.
    private const int KitchenWindow = 12;

    private static bool IsKitchen(AnalyzedText analyzed, int t)
    {
        var (first, last) = analyzed.WindowInSentence(t, t, KitchenWindow);
        for (var n = first; n <= last; n++)
        {
            if (WordLists.Contains(Kitchen, analyzed.Tokens[n].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sugar at t has a possessive word at <paramref name="owner"/> with a word before it that may act on it (not a
    /// name's "'s"), no pet may own it ("his" or "her" in a story with an animal: "The vet checks her sugar every week"),
    /// and no kitchen is near.
    /// </summary>
    private static bool IsCaredForBy(AnalyzedText analyzed, int owner, int t, Pets? pets) =>
        owner > 0 && analyzed.Tokens[owner].In(analyzed.Text) is not "s"
        && !(pets is not null && analyzed.Tokens[owner].In(analyzed.Text) is "his" or "her" or "His" or "Her") && !IsKitchen(analyzed, t);

    private static bool HasOwner(AnalyzedText analyzed, int t, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        if (t < 0)
        {
            return false;
        }

        if (WordLists.Contains(Owners, tokens[t].In(analyzed.Text)))
        {
            return true;
        }

        // "Zofia's sugar", not a pet's ("When Luna's sugar goes too low" of "Our cat Luna").
        return t >= 2 && tokens[t].In(analyzed.Text) is "s" && tokens[t - 1].In(analyzed.Text) is "'" or "’"
            && tokens[t - 2].Kind == TokenKind.Word && char.IsUpper(analyzed.Text[tokens[t - 2].Start]) && pets?.IsPetName(tokens[t - 2].In(analyzed.Text)) != true;
    }
}
