using LlmSafety.Judge.Features;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A school named in one word, as Danish, Norwegian, Swedish and German write them: "Skovbakkeskolen", "Ekskolan",
/// "Lindenschule". The word for school is the end of the word, so no organisation suffix stands after a name for the
/// tagger to read (hand-written set 29 lost "the gym at Skovbakkeskolen, Freja's school"). The word must be capitalised,
/// open on at least three letters of name before the school word and not be a kind of school ("Grundschule",
/// "Folkeskolen", "Musikschule").
/// </summary>
internal static class CompoundSchools
{
    public const string Source = "rule:compound-school";

    private const double Score = 0.9;

    private const int MinNameLetters = 3;

    private static readonly string[] SchoolEndings = ["skolen", "skolan", "skole", "skola", "schule"];

    // Kinds of school, not names: primary, folk, secondary, music, art, dance, riding, swimming, language, sports, pre-
    // and boarding schools, folded as the text is ("Förskola" is "Forskola").
    private static readonly string[] Kinds =
    [
        "grund", "volks", "haupt", "real", "gesamt", "ober", "berufs", "fach", "hoch", "musik", "kunst", "tanz", "reit", "schwimm", "sprach",
        "sport", "vor", "mittel", "sonder", "forder", "gemeinschafts", "waldorf", "montessori", "folke", "efter", "hoj", "for", "hog", "hogstadie",
        "mellanstadie", "lagstadie", "dans", "ride", "svomme", "simm", "sprog", "sprak", "idraets", "idrotts", "privat", "fri", "kost",
        "internat", "nat", "barne", "ungdoms", "friskole", "sommer", "ferie", "sondags", "sonntags", "fahr", "ski", "segel", "surf", "koch", "abend",
        "grundskole", "grunnskole", "videregaende", "ungdomsskole", "gymnasie", "special", "speciel", "trafik", "kor", "stall",
    ];

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
            if (head.Length < MinNameLetters || WordLists.Contains(Kinds, head) || existing.Any(tokens[t].Start, tokens[t].End))
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
