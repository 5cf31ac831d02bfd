using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// Short or long sight said of a person: "the eye doctor found that Zuzka is short-sighted", "I'm a bit near-sighted",
/// "his long-sightedness". The words have a second sense ("that plan was short-sighted", "a short-sighted rule"), so
/// they are on no lexicon (a lexicon word is a feature of every model; round 18 tried them there and lost the plan). They
/// count only said of someone: "I", "he", "she", "you", "we", a name or a family word, then a form of "be" (maybe after
/// one modal: "Mia might be short-sighted", or "has been"; "Priya, who is …") and at most two softening words ("a bit",
/// "very"); or as the noun ("-sightedness") after "my", "his", "her", "your", a name's "'s" or a person's "has". "If you
/// are short-sighted, …", "Maybe I am …", "You may be …" and "someone who is short-sighted" are the general or a
/// supposed case; "it", "they", "people" and things are no one in particular; judgement is not sight ("short-sighted to
/// spend all my pocket money", "… about money", "… when he packed one snack", and any story with no word of eyes,
/// glasses or eyesight in it); a pet's sight is the pet's and a character's the character's.
/// </summary>
internal static class Eyesight
{
    public const string Source = "rule:eyesight";

    private const double Score = 0.85;

    private static readonly string[] Kinds = ["short", "near", "long", "far"];

    private static readonly string[] OneWord =
        ["shortsighted", "nearsighted", "longsighted", "farsighted", "shortsightedness", "nearsightedness", "longsightedness", "farsightedness"];

    private static readonly string[] Be = ["is", "am", "are", "was", "were", "be", "been", "m", "s", "re", "became", "becomes", "got", "gets", "get", "turned"];

    private static readonly string[] Modals = ["might", "may", "could", "will", "would", "must", "can"];

    private static readonly string[] Softeners = ["a", "bit", "little", "very", "slightly", "quite", "really", "so", "too", "also", "both", "just", "only", "now", "still"];

    // People by pronoun, and by family word or role after an owner ("My sister is short-sighted").
    private static readonly string[] People = ["i", "he", "she", "you", "we"];

    private static readonly string[] Relatives =
    [
        "brother", "sister", "mother", "father", "mum", "mom", "dad", "daddy", "mummy", "mommy", "grandma", "grandpa", "granny", "grandad",
        "nana", "cousin", "friend", "teacher", "son", "daughter", "twin", "uncle", "aunt", "auntie",
    ];

    internal static readonly string[] Owners = ["my", "his", "her", "your"];

    // Words before the person that make the sentence a general one: "If you are short-sighted, …".
    private static readonly string[] General = ["if", "when", "whether", "whoever", "anyone", "someone", "unless", "maybe", "perhaps"];

    // How many softening words may stand between "be" and the sight word.
    private const int MaxSofteners = 2;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (!text.Contains("sighted", StringComparison.OrdinalIgnoreCase))
        {
            // Nearly every story: one search instead of a look at every token.
            return;
        }
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        bool? eyes = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = tokens[t].In(text);
            int first;
            bool noun;
            if (WordLists.Contains(OneWord, word))
            {
                first = t;
                noun = word.EndsWith("ness", StringComparison.OrdinalIgnoreCase);
            }
            else if (t >= 1 && (word.Equals("sighted", StringComparison.OrdinalIgnoreCase) || word.Equals("sightedness", StringComparison.OrdinalIgnoreCase)))
            {
                // "short-sighted", "short sighted".
                first = tokens[t - 1].In(text) is "-" ? t - 2 : t - 1;
                if (first < 0 || !WordLists.Contains(Kinds, tokens[first].In(text)))
                {
                    continue;
                }

                noun = word.EndsWith("ness", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                continue;
            }

            if ((noun ? IsOwned(analyzed, first, pets) : IsSaidOfSomeone(analyzed, first, pets)) && !IsFigurative(analyzed, t)
                && (eyes ??= TellsOfEyes(analyzed)) && !IsSomeoneElses(analyzed, new TaggedSpan(EntityType.Diagnosis, first, t, 1, 1), pets))
            {
                OrderedOverlaps.AddUnlessOverlapping(
                    entities, ref existing, ref added, new CandidateEntity(EntityType.Diagnosis, tokens[first].Start, tokens[t].End, Score, Source));
            }
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    // What follows the sight word when it is said of judgement ("short-sighted to spend all my pocket money", "about the
    // future", "when he packed only one snack", "of them", "with money"), or of anyone ("You are short-sighted if far things
    // look blurry").
    private static readonly string[] Figurative = ["to", "about", "when", "of", "with", "not", "if"];

    // Words of eyes and eyesight, one of which a story of someone's sight holds somewhere ("glasses", "the eye doctor",
    // "the board looks blurry"); a story that calls a plan or a packed bag short-sighted has none.
    private static readonly string[] EyeWords =
    [
        "eye", "eyes", "glasses", "spectacles", "specs", "optician", "optometrist", "ophthalmologist", "lenses", "lens", "blurry", "blurred", "fuzzy",
        "eyesight", "vision", "squint", "squinting",
    ];

    private static bool TellsOfEyes(AnalyzedText analyzed)
    {
        for (var t = 0; t < analyzed.Tokens.Count; t++)
        {
            if (WordLists.Contains(EyeWords, analyzed.Tokens[t].In(analyzed.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFigurative(AnalyzedText analyzed, int last) =>
        last + 1 < analyzed.Tokens.Count && WordLists.Contains(Figurative, analyzed.Tokens[last + 1].In(analyzed.Text));

    /// <summary>A pet's eyes ("Our dog Bruno … the vet said he is short-sighted") or a character's ("Velma"); a pet's or
    /// a character's body too (<see cref="Symptoms"/>).</summary>
    internal static bool IsSomeoneElses(AnalyzedText analyzed, TaggedSpan span, Pets? pets) =>
        pets?.Owns(analyzed, span) == true || MakeBelieve.IsCharactersOwn(analyzed, span);

    /// <summary>"my short-sightedness", "Zuzka's near-sightedness", "Fatima has short-sightedness".</summary>
    internal static bool IsOwned(AnalyzedText analyzed, int first, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        if (first < 1)
        {
            return false;
        }

        var before = tokens[first - 1].In(analyzed.Text);
        if (WordLists.Contains(Owners, before))
        {
            return true;
        }

        if (before is "has" or "have" or "had" && first >= 2)
        {
            return IsPerson(analyzed, first - 2, pets) && !IsGeneral(analyzed, first - 2);
        }

        return before is "s" && first >= 3 && tokens[first - 2].In(analyzed.Text) is "'" or "’" && IsPerson(analyzed, first - 3, pets);
    }

    /// <summary>"Zuzka is short-sighted", "I'm a bit near-sighted", "Mia might be short-sighted".</summary>
    private static bool IsSaidOfSomeone(AnalyzedText analyzed, int first, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var t = first - 1;
        for (var softeners = 0; t >= 0 && softeners < MaxSofteners && WordLists.Contains(Softeners, tokens[t].In(text)); softeners++)
        {
            t--;
        }

        if (t < 1 || !WordLists.Contains(Be, tokens[t].In(text)))
        {
            return false;
        }

        // "I'm", "she's": the contraction's apostrophe stands between.
        var contracted = tokens[t].In(text) is "m" or "s" or "re";
        var subject = contracted ? t - 2 : t - 1;
        if (contracted && tokens[t - 1].In(text) is not ("'" or "’"))
        {
            return false;
        }

        var modal = false;
        if (subject >= 1 && tokens[t].In(text) is "be" && WordLists.Contains(Modals, tokens[subject].In(text)))
        {
            // "Mia might be short-sighted".
            subject--;
            modal = true;
        }
        else if (subject >= 1 && tokens[t].In(text) is "been" && tokens[subject].In(text) is "has" or "have" or "had")
        {
            // "She has been short-sighted since she was four".
            subject--;
        }

        if (subject >= 2 && tokens[subject].In(text) is "who" && tokens[subject - 1].In(text) is ",")
        {
            // "Priya, who is short-sighted, sits at the front".
            subject -= 2;
        }

        if (subject < 0 || !IsPerson(analyzed, subject, pets) || (modal && tokens[subject].In(text) is "you" or "You"))
        {
            // "You may be long-sighted or short-sighted" is anyone.
            return false;
        }

        return !IsGeneral(analyzed, subject);
    }

    /// <summary>
    /// "If you are short-sighted", "Maybe I am short-sighted", "If my sister is …", "If your throat starts to close": a
    /// general or a supposed case, said of the subject (or owner) at subject.
    /// </summary>
    /// <param name="whenIsGeneral">
    /// Whether "when" makes the case general: "When you are short-sighted, …" is anyone, but "the times when my body
    /// shakes" are a child's fits.
    /// </param>
    internal static bool IsGeneral(AnalyzedText analyzed, int subject, bool whenIsGeneral = true)
    {
        var before = subject - 1;
        if (before > 0 && WordLists.Contains(Owners, analyzed.Tokens[before].In(analyzed.Text)))
        {
            before--;
        }

        return before >= 0 && WordLists.Contains(General, analyzed.Tokens[before].In(analyzed.Text))
            && (whenIsGeneral || !analyzed.Tokens[before].In(analyzed.Text).Equals("when", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether a token of [from, to] is a person as <see cref="IsPerson"/> tells.</summary>
    internal static bool AnyPerson(AnalyzedText analyzed, int from, int to, Pets? pets)
    {
        for (var t = from; t <= to; t++)
        {
            if (IsPerson(analyzed, t, pets))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"I", "he", "she", "you", "we", a family word, or a capitalised given name or word no list knows.</summary>
    internal static bool IsPerson(AnalyzedText analyzed, int t, Pets? pets)
    {
        var token = analyzed.Tokens[t];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var word = token.In(analyzed.Text);
        var kinds = analyzed.Lexicons[t];
        if (WordLists.Contains(People, word) || (kinds & LexiconKind.KinWord) != 0 || WordLists.Contains(Relatives, word))
        {
            return true;
        }

        // A given name that is an ordinary word or a character's too ("Rose", "Will", "Arthur") counts, and so does a
        // surname after a title ("Ms Lee"); "It", "This", "Plan" and "Velma" do not.
        var titled = t >= 1 && ((analyzed.Lexicons[t - 1] & LexiconKind.Title) != 0
            || (t >= 2 && analyzed.Tokens[t - 1].In(analyzed.Text) is "." && (analyzed.Lexicons[t - 2] & LexiconKind.Title) != 0));
        return char.IsUpper(word[0]) && word.Length > 1 && (kinds & (LexiconKind.FunctionWord | LexiconKind.CalendarWord)) == 0
            && ((kinds & LexiconKind.FirstName) != 0 || titled || (kinds & (LexiconKind.CommonWord | LexiconKind.WellKnownName)) == 0)
            && pets?.IsPetName(word) != true;
    }
}
