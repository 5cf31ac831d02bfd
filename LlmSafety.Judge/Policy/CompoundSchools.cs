using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A school named in one word, as Danish, Norwegian and Swedish write them: "Skovbakkeskolen", "Björkskolan". The word for
/// school is the end of the word, so no organisation suffix stands after a name for the tagger to read (hand-written
/// set 29 lost "the gym at Skovbakkeskolen, Freja's school"). Only the definite forms, which name one school; only a
/// capitalised word with at least three letters of name before the school word that are not a kind of school
/// ("Grundskolen", "Ridskolan", "Danseskolen"); and only tied to someone by ", Freja's school" or ", her school" right
/// after it, "Freja's school is" or "My school is" right before it, or a child's start at it ("Lukas is starting year 1 at
/// Solbackaskolan"), as the design asks of a named school ("her school plays against Nordskolen" names another's).
/// </summary>
internal static class CompoundSchools
{
    public const string Source = "rule:compound-school";

    private const double Score = 0.9;

    private const int MinNameLetters = 3;

    private static readonly string[] SchoolEndings = ["skolen", "skolan"];

    // Kinds of school, not names, folded as the text is ("Förskolan" is "Forskolan"; Danish and Norwegian "ø" stays):
    // primary, folk, boarding, music, art, dance, riding, swimming, skiing, driving, dog, culture, hospital and play
    // schools and the like.
    private static readonly string[] Kinds =
    [
        "grund", "grunn", "folke", "efter", "hoj", "høj", "for", "før", "hog", "høg", "fri", "privat", "kost", "internat", "real",
        "musik", "musikk", "kultur", "kunst", "billed", "dans", "danse", "ride", "rid", "svomme", "svømme", "sim", "simm", "ski", "skid",
        "kore", "kor", "køre", "trafik", "hunde", "hund", "sykkel", "cykel", "sjukhus", "sygehus", "hospital", "lek", "leke", "sommer",
        "ferie", "sondags", "søndags", "special", "speciel", "sprog", "sprak", "språk", "idraets", "idræts", "idretts", "idrotts", "natur",
        "friluft", "teater", "drama", "mal", "koran", "bibel", "tysk", "engelsk", "fransk", "spansk", "kampsport", "karate", "fodbold",
        "fotball", "fotbolls", "tennis", "golf", "sejl", "segel", "seil", "surf", "kok", "mad", "bage", "cirkus", "sirkus", "ungdoms", "barne",
        "børne", "borne", "vuxen", "voksen", "aften", "kvalls", "nat", "dag", "heldags", "lands", "by", "montessori", "waldorf", "steiner",
        "lejr", "lager", "gymnastik", "tegne", "skak", "sang", "lille", "nabo",
    ];

    // What ties the school to someone: "Freja's school", "her school", "my school".
    private static readonly string[] Owners = ["my", "your", "his", "her", "our", "their"];

    public static void Add(AnalyzedText analyzed, List<CandidateEntity> entities)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        List<CandidateEntity>? added = null;
        var existing = new OrderedOverlaps(entities);
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = tokens[t].In(text);
            if (tokens[t].Kind != TokenKind.Word || word.Length < MinNameLetters + 5 || !char.IsUpper(word[0]) || SchoolEnding(word) is not { } ending)
            {
                continue;
            }

            var head = word[..^ending.Length];
            if (head.Length < MinNameLetters || WordLists.Contains(Kinds, head) || existing.Any(tokens[t].Start, tokens[t].End) || !IsSomeonesSchool(analyzed, t))
            {
                continue;
            }

            (added ??= []).Add(new CandidateEntity(EntityType.Organization, tokens[t].Start, tokens[t].End, Score, Source));
        }

        if (added is not null)
        {
            OrderedOverlaps.AddInOrder(entities, added);
        }
    }

    /// <summary>
    /// The name at t set beside whose school it is: ", Freja's school", ", her school" right after it ("at
    /// Skovbakkeskolen, Freja's school"), or "Freja's school is" or "My school is" right before it; not "her school
    /// plays against Nordskolen".
    /// </summary>
    private static bool IsSomeonesSchool(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        // "Freja's school is Skovbakkeskolen", "My school is Nørreskolen".
        if (t >= 3 && tokens[t - 1].In(analyzed.Text) is "is" && tokens[t - 2].In(analyzed.Text) is "school" or "School"
            && (WordLists.Contains(Owners, tokens[t - 3].In(analyzed.Text)) || (t >= 5 && tokens[t - 3].In(analyzed.Text) is "s"
                && tokens[t - 4].In(analyzed.Text) is "'" or "’" && analyzed.IsCapitalisedWord(t - 5))))
        {
            return true;
        }

        if (IsEnrolledAt(analyzed, t))
        {
            return true;
        }

        if (t + 3 >= tokens.Count || tokens[t + 1].In(analyzed.Text) is not ",")
        {
            return false;
        }

        var owner = t + 2;
        var school = WordLists.Contains(Owners, tokens[owner].In(analyzed.Text)) ? owner + 1
            : owner + 3 < tokens.Count && analyzed.IsCapitalisedWord(owner) && tokens[owner + 1].In(analyzed.Text) is "'" or "’" && tokens[owner + 2].In(analyzed.Text) is "s" ? owner + 3
            : -1;
        return school > 0 && school < tokens.Count && tokens[school].In(analyzed.Text) is "school" or "School";
    }

    // What tells a child's place at a school: "is starting year 1 at", "attends", "a pupil at".
    private static readonly string[] Enrolment = ["starting", "starts", "start", "started", "attends", "attend", "attending", "pupil", "student"];

    // What makes the school another's or a place to go to: a visit, a match, a concert, a fair, voting, a job.
    private static readonly string[] NotEnrolment =
    [
        "visit", "visits", "visiting", "against", "match", "game", "play", "plays", "playing", "we", "We", "concert", "fair", "vote", "voting", "work", "works",
        "job", "teacher", "teach", "teaches", "sing", "trip",
    ];

    private const int EnrolmentReach = 8;

    /// <summary>
    /// "Lukas is starting year 1 at Solbackaskolan", "Freja is a pupil at Nordskolen": "at" or "to" before the name, a person and
    /// a word of starting or attending before that in its sentence, and no visit, match, concert, vote or job ("we visit
    /// Björkskolan", "Mum goes to Skovbakkeskolen to vote").
    /// </summary>
    private static bool IsEnrolledAt(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (t < 3 || tokens[t - 1].In(text) is not ("at" or "to"))
        {
            return false;
        }

        var (from, to) = analyzed.WindowInSentence(t - 1, t, EnrolmentReach);
        var person = false;
        for (var u = from; u < t - 1; u++)
        {
            person |= Eyesight.IsPerson(analyzed, u, null);
        }

        return person && WordLists.AnyIn(text, tokens, from, t - 2, Enrolment) && !WordLists.AnyIn(text, tokens, from, to, NotEnrolment);
    }

    private static string? SchoolEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in SchoolEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return ending;
            }
        }

        return null;
    }
}
