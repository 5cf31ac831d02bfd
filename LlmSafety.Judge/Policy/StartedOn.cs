using System.Buffers;
using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A medicine a doctor started someone on, named by its form rather than by a health word: "the doctor has started you
/// on a small strawberry gummy at bedtime", "Dr. Osei put him on a new syrup". A prescriber in the sentence before the
/// verb, "started" or "put", the person (a pronoun, a name or "my sister"), "on" and a medicine's form ("gummy",
/// "tablet", "syrup", "drops" …) or a word of the health lists ("started her on melatonin") make a MEDICATION: not "Mum
/// put you on the bus", "the nurse put me on the scales", "the doctor started on Monday", "put her on the tablet" (a
/// screen), nor "Sometimes a doctor starts you on a small gummy" (people in general). So is one a prescriber gave or
/// prescribed someone, by its form or by a brand no list holds ("The dermatologist gave us Dexeryl for every day"), but
/// not a reward ("the doctor gave me Haribo for being brave").
/// Someone's, not a pet's or a character's.
/// </summary>
internal static class StartedOn
{
    public const string Source = "rule:started-on";

    private const double Score = 0.85;

    private static readonly string[] Prescribers =
    [
        "doctor", "doctors", "dr", "paediatrician", "pediatrician", "psychiatrist", "neurologist", "specialist", "consultant", "gp", "endocrinologist",
        "dermatologist",
    ];

    // Whoever starts a child on a medicine; found once per text before anything else is read (a stem that is too wide
    // only costs the walk).
    private static readonly SearchValues<string> PrescriberStems =
        SearchValues.Create(["doctor", "dr", "paediatric", "pediatric", "psychiatr", "neurolog", "specialist", "consultant", "gp", "endocrin", "dermatolog"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] StartVerbs = ["started", "starts", "start", "starting", "put", "puts", "putting"];

    // Whom the medicine is for: not "them" ("put them on the tablet", photos or stickers).
    private static readonly string[] People = ["me", "you", "him", "her", "us"];

    private static readonly string[] Owners = ["my", "his", "her", "your", "our", "their"];

    // A maybe or what happens to anyone: "Sometimes a doctor starts you on a small gummy", "If the doctor puts".
    private static readonly string[] Maybe = ["sometimes", "if", "might", "may", "could", "would", "usually", "often"];

    // The forms a medicine comes in.
    private static readonly string[] MedicineForms =
    [
        "gummy", "gummies", "tablet", "tablets", "pill", "pills", "medicine", "medicines", "syrup", "drops", "spray", "patch", "patches", "capsule",
        "capsules", "liquid", "vitamin", "vitamins", "injections", "jab", "jabs", "shot", "shots", "dose", "chewable", "chewables", "sprinkles",
        "cream", "creams", "ointment",
    ];

    // What makes a gift a reward, not a medicine: "the doctor gave me Haribo for being brave", "a sticker and a treat".
    private static readonly string[] Rewards = ["brave", "treat", "treats", "reward", "prize", "sticker", "stickers", "sweet", "sweets", "lollipop", "candy", "toy", "teddy"];

    private const int RewardReach = 12;

    // A prescriber giving a medicine: "The dermatologist gave us Dexeryl", "the doctor prescribed him a purple syrup".
    private static readonly string[] GiveVerbs = ["gave", "gives", "prescribed", "prescribes"];

    // Words no medicine's brand is: a name, an ordinary or small word, a place, a day.
    private const LexiconKind NoBrand = LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.FirstName | LexiconKind.Surname | LexiconKind.PlaceWord
        | LexiconKind.CalendarWord | LexiconKind.WellKnownName | LexiconKind.Title | LexiconKind.KinWord;

    // What may open the medicine after "on": "on a new", "on some" (not "the": "put her on the tablet" is a screen).
    private static readonly string[] Openers = ["a", "an", "some", "new", "little", "small", "tiny", "special", "daily"];

    // Describing words a medicine's name may have before its form: "a small strawberry gummy", "a purple night-time syrup".
    private const int MaxWords = 4;

    // How far before the verb its prescriber may stand in the sentence: "She told Madame Leblanc that the doctor has started".
    private const int PrescriberReach = 8;

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities, Pets? pets)
    {
        var text = analyzed.Text;
        if (text.AsSpan().IndexOfAny(PrescriberStems) < 0)
        {
            return;
        }

        var tokens = analyzed.Tokens;
        List<CandidateEntity>? added = null;
        OrderedOverlaps? existing = null;
        for (var t = 2; t + 1 < tokens.Count; t++)
        {
            if (WordLists.Contains(GiveVerbs, tokens[t].In(text)))
            {
                t = AddGiven(analyzed, t, entities, ref existing, ref added, pets);
                continue;
            }

            if (tokens[t].In(text) is not "on")
            {
                continue;
            }

            // "started you on", "put Amara on", "started my sister on".
            var verb = IsPerson(analyzed, t - 1) ? t - 2
                : t >= 3 && ((analyzed.Lexicons[t - 1] & LexiconKind.KinWord) != 0 || Eyesight.IsPerson(analyzed, t - 1, pets)) && WordLists.Contains(Owners, tokens[t - 2].In(text)) ? t - 3 : -1;
            if (verb < 0 || !WordLists.Contains(StartVerbs, tokens[verb].In(text)) || !HasPrescriberBefore(analyzed, verb))
            {
                continue;
            }

            var (first, last) = MedicineAfter(analyzed, t + 1);
            if (first < 0 || OthersCare.IsOthers(analyzed, first, last, EntityType.Medication, pets))
            {
                continue;
            }

            OrderedOverlaps.AddUnlessOverlapping(
                entities, ref existing, ref added, new CandidateEntity(EntityType.Medication, tokens[first].Start, tokens[last].End, Score, Source));
            t = last;
        }

        if (added is not null)
        {
            entities.AddRange(added);
        }
    }

    /// <summary>
    /// "The dermatologist gave us Dexeryl", "Dr. Osei prescribed him a new syrup": a prescriber before the verb, the
    /// person given to ("us", "me", "him", a name) and a medicine's form or a brand (a capitalised word no list holds).
    /// Returns the token to go on from.
    /// </summary>
    private static int AddGiven(
        AnalyzedText analyzed, int verb, List<CandidateEntity> entities, ref OrderedOverlaps? existing, ref List<CandidateEntity>? added, Pets? pets)
    {
        var tokens = analyzed.Tokens;
        var what = verb + 2;
        if (what >= tokens.Count || !IsPerson(analyzed, verb + 1) || !HasPrescriberBefore(analyzed, verb) || analyzed.SentenceStarts[what])
        {
            return verb;
        }

        var (first, last) = analyzed.IsCapitalisedWord(what, minLength: 4) && (analyzed.Lexicons[what] & NoBrand) == 0 && !NameRules.IsGivenName(analyzed, what)
            ? (what, what)
            : MedicineAfter(analyzed, what);
        var (from, to) = analyzed.WindowInSentence(verb, verb, RewardReach);
        if (first < 0 || WordLists.AnyIn(analyzed.Text, tokens, from, to, Rewards) || OthersCare.IsOthers(analyzed, first, last, EntityType.Medication, pets))
        {
            return verb;
        }

        OrderedOverlaps.AddUnlessOverlapping(
            entities, ref existing, ref added, new CandidateEntity(EntityType.Medication, tokens[first].Start, tokens[last].End, Score, Source));
        return last;
    }

    private static bool IsPerson(AnalyzedText analyzed, int t) =>
        WordLists.Contains(People, analyzed.Tokens[t].In(analyzed.Text))
        || NameRules.IsGivenNameInSentence(analyzed, t);

    /// <summary>
    /// A prescriber before the verb in its sentence, not one of people in general nor a maybe ("Sometimes a doctor starts
    /// you on a small gummy", "If the doctor puts you on …").
    /// </summary>
    private static bool HasPrescriberBefore(AnalyzedText analyzed, int verb)
    {
        for (var t = verb - 1; t >= 0 && verb - t <= PrescriberReach && !analyzed.SentenceStarts[t + 1]; t--)
        {
            if (WordLists.Contains(Prescribers, analyzed.Tokens[t].In(analyzed.Text)))
            {
                var (from, _) = analyzed.WindowInSentence(t, verb, PrescriberReach);
                return !(t > 0 && analyzed.Tokens[t - 1].In(analyzed.Text) is "a" or "an" or "A" or "An" or "some" or "Some")
                    && !WordLists.AnyIn(analyzed.Text, analyzed.Tokens, from, verb, Maybe);
            }
        }

        return false;
    }

    /// <summary>
    /// The medicine's tokens from t: an opener or two, at most four lower-case words ending on a medicine's form, or one
    /// word of the health lists ("melatonin"); (-1, -1) for anything else.
    /// </summary>
    private static (int First, int Last) MedicineAfter(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (t < tokens.Count && tokens[t].Kind == TokenKind.Word && (analyzed.Lexicons[t] & LexiconSet.HealthKinds) != 0 && !analyzed.SentenceStarts[t])
        {
            return (t, t);
        }

        var first = t;
        var last = -1;
        for (var w = t; w < tokens.Count && w - t < MaxWords + 2 && !analyzed.SentenceStarts[w]; w++)
        {
            var word = tokens[w].In(text);
            if (tokens[w].Kind != TokenKind.Word && word is not "-")
            {
                break;
            }

            if (WordLists.Contains(MedicineForms, word))
            {
                // Not "a cream-coloured teddy": a form joined to the word after it describes that word.
                last = w + 1 < tokens.Count && tokens[w + 1].In(text) is "-" && tokens[w + 1].Start == tokens[w].End ? -1 : w;
                break;
            }

            if (tokens[w].Kind == TokenKind.Word && (!char.IsLower(word[0]) || ((analyzed.Lexicons[w] & LexiconKind.FunctionWord) != 0 && !WordLists.Contains(Openers, word))))
            {
                break;
            }
        }

        return last < 0 ? (-1, -1) : (first, last);
    }
}
