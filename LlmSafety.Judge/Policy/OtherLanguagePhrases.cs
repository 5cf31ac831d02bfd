using LlmSafety.Judge.Features;
using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Scoring;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Policy;

/// <summary>
/// A capitalised phrase in another language that the name models take for a person's name: a school subject ("Educação
/// Física", "Ciencias Naturales"), a song ("Maligayang Bati"), a heading ("Mein Nachmittag"), a sign ("VIETATO
/// TOCCARE"), a feast ("Mardi Gras"). Every word of it is a word of another language (<see cref="OtherLanguageWords"/>)
/// or of English, at least one is not English, and none is on a name list.
/// Titles and family words before a name ("Frau Lehmann", "Maestra Ferri", "Família Carvalho") keep it a name, and so
/// does a word that introduces one ("named", "called") or a person's verb after it ("sits", "will").
/// </summary>
internal static class OtherLanguagePhrases
{
    // Words before a surname that the title lexicon lacks, in English and the lists' languages.
    private static readonly string[] RoleWords =
    [
        "master", "father", "mother", "brother", "sister", "sensei", "pastor", "reverend", "imam", "rabbi", "chef", "captain",
        "maestra", "maestro", "profesora", "profesor", "professora", "professeur", "professoressa", "lehrer", "lehrerin",
        "familia", "famille", "famiglia", "familie", "family", "tante", "onkel", "nonna", "nonno", "oma", "opa", "mamie", "papi",
        "padre", "madre", "hermano", "hermana", "don", "dona", "dom", "profe", "seno", "senorita",
    ];

    // What a person does right after the name ("Shona Zulu sits next to me", "Sana Sultani will be off school"); "is" and
    // "was" are left out: "Mardi Gras is on Tuesday".
    private static readonly string[] PersonVerbs =
    [
        "sits", "sat", "says", "said", "smiles", "waves", "helps", "helped", "plays", "played", "likes", "loves", "lives", "comes",
        "came", "goes", "went", "gives", "gave", "shows", "reads", "walks", "runs", "asks", "asked", "tells", "told", "laughs",
        "hugs", "sings", "teaches", "takes", "has", "had", "will", "can", "wants", "needs", "uses", "wears",
    ];

    private static readonly string[] Introductions = ["named", "called", "name", "nombre", "chama", "heisst", "heißt", "appelle", "chiamo"];

    public static bool IsPhrase(AnalyzedText analyzed, TaggedSpan span)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var (words, other) = (0, false);
        for (var t = span.FirstToken; t <= span.LastToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[t].In(text);
            var kinds = analyzed.Lexicons[t];
            if ((words == 0 && ((kinds & (LexiconKind.Title | LexiconKind.KinWord)) != 0 || WordLists.Contains(RoleWords, word)))
                || GivenNames.IsGivenName(kinds, word) || (kinds & (LexiconKind.Surname | LexiconKind.WellKnownName)) != 0)
            {
                return false;
            }

            var otherWord = OtherLanguageWords.Contains(word);
            if (!otherWord && (kinds & (LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.CalendarWord)) == 0)
            {
                return false;
            }

            other |= otherWord && (kinds & LexiconKind.CommonWord) == 0;
            words++;
        }

        return words >= 2 && other && !IsIntroduced(analyzed, span.FirstToken) && !IsDoingSomething(analyzed, span.LastToken);
    }

    /// <summary>A person's verb, "'s" or "and I" right after the phrase: "Shona Zulu sits", "Shona Zulu's mum", "Shona Zulu and I".</summary>
    private static bool IsDoingSomething(AnalyzedText analyzed, int last)
    {
        var tokens = analyzed.Tokens;
        var next = last + 1;
        if (next >= tokens.Count)
        {
            return false;
        }

        var word = tokens[next].In(analyzed.Text);
        var after = next + 1 < tokens.Count ? tokens[next + 1].In(analyzed.Text) : [];
        return (tokens[next].Kind == TokenKind.Word && WordLists.Contains(PersonVerbs, word))
            || (word is "'" or "’" && after is "s")
            || (word is "and" && after is "I");
    }

    /// <summary>"a girl named Flor Blanca", "my name is …": the word before the phrase (past a quote mark) introduces a name.</summary>
    private static bool IsIntroduced(AnalyzedText analyzed, int first)
    {
        var t = first - 1;
        while (t >= 0 && analyzed.Tokens[t].Kind != TokenKind.Word && first - t <= 2)
        {
            t--;
        }

        return t >= 0 && analyzed.Tokens[t].Kind == TokenKind.Word
            && (WordLists.Contains(Introductions, analyzed.Tokens[t].In(analyzed.Text))
                || (analyzed.Tokens[t].In(analyzed.Text) is "is" or "was" && t >= 1 && analyzed.Tokens[t - 1].In(analyzed.Text) is "name"));
    }
}
