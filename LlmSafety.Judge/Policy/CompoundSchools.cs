using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A school named in one word, as Danish, Norwegian and Swedish write them: "Skovbakkeskolen", "Björkskolan". The word for
/// school is the end of the word, so no organisation suffix stands after a name for the tagger to read (hand-written
/// set 29 lost "the gym at Skovbakkeskolen, Freja's school"). Only the definite forms, which name one school; only a
/// capitalised word with at least three letters of name before the school word that are not a kind of school
/// ("Grundskolen", "Ridskolan", "Danseskolen"); and only tied to someone in its sentence by "my", "your", "his", "her",
/// "our", "their" or a name's "'s" before "school" ("Freja's school"), as the design asks of a named school.
/// </summary>
internal static class CompoundSchools
{
    public const string Source = "rule:compound-school";

    private const double Score = 0.9;

    private const int MinNameLetters = 3;

    private static readonly string[] SchoolEndings = ["skolen", "skolan"];

    // Kinds of school, not names, folded as the text is ("Førskolen" is "Forskolen"; Danish and Norwegian "ø" stays):
    // primary, folk, boarding, music, art, dance, riding, swimming, skiing, driving, dog, culture, hospital and play
    // schools and the like.
    private static readonly string[] Kinds =
    [
        "grund", "grunn", "folke", "efter", "hoj", "høj", "for", "før", "hog", "høg", "fri", "friskole", "privat", "kost", "internat", "real",
        "musik", "musikk", "kultur", "kunst", "billed", "dans", "danse", "ride", "rid", "svomme", "svømme", "sim", "simm", "ski", "skid",
        "kore", "kor", "køre", "trafik", "hunde", "hund", "sykkel", "cykel", "sjukhus", "sygehus", "hospital", "lek", "leke", "sommer",
        "ferie", "sondags", "søndags", "special", "speciel", "sprog", "sprak", "språk", "idraets", "idræts", "idretts", "idrotts", "natur",
        "friluft", "teater", "drama", "mal", "koran", "bibel", "tysk", "engelsk", "fransk", "spansk", "kampsport", "karate", "fodbold",
        "fotball", "fotbolls", "tennis", "golf", "sejl", "segel", "seil", "surf", "kok", "mad", "bage", "cirkus", "sirkus", "ungdoms", "barne",
        "børne", "borne", "vuxen", "voksen", "aften", "kvalls", "nat", "dag", "heldags", "lands", "by", "montessori", "waldorf", "steiner",
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
            if (tokens[t].Kind != TokenKind.Word || word.Length < MinNameLetters + 6 || !char.IsUpper(word[0]) || SchoolEnding(word) is not { } ending)
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

    // How far around the name its sentence is read for "Freja's school".
    private const int SentenceWindow = 24;

    /// <summary>"school" after an owner ("her school", "Freja's school") in the sentence of the name at t.</summary>
    private static bool IsSomeonesSchool(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var (from, to) = analyzed.WindowInSentence(t, t, SentenceWindow);
        for (var s = Math.Max(from, 1); s <= to; s++)
        {
            if (tokens[s].In(analyzed.Text) is not ("school" or "School"))
            {
                continue;
            }

            var owner = tokens[s - 1].In(analyzed.Text);
            if (WordLists.Contains(Owners, owner) || (owner is "s" && s >= 3 && tokens[s - 2].In(analyzed.Text) is "'" or "’" && analyzed.IsCapitalisedWord(s - 3)))
            {
                return true;
            }
        }

        return false;
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
