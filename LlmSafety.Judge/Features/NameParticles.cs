using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Features;

/// <summary>
/// The pieces a surname can be built of besides one capitalised word: words joined by an apostrophe or a hyphen with
/// no space ("O'Brien", "D'Souza", "Nguyen-Tran") and the lower-case particles that stand before a surname in many
/// languages ("de Vries", "van der Berg", "da Silva", "de la Cruz", the Filipino "dela Cruz", "bin Ahmad", the Malay "binte Osman", the Arabic
/// "al-Khoury" joined by a hyphen), and the Irish "Ó" ("Ó Briain", read as "O" once normalisation has folded the accent).
/// </summary>
internal static class NameParticles
{
    // A particle that can open a surname.
    private static readonly string[] Leading =
        ["van", "von", "de", "der", "den", "del", "della", "dela", "delos", "di", "da", "das", "dos", "du", "ter", "ten", "bin", "binti", "binte", "bte", "bint", "ibn"];

    /// <summary>Whether the word is a particle that may open a surname, in any case ("Do" of "Lucas Do Nascimento").</summary>
    public static bool IsParticle(ReadOnlySpan<char> word) => WordLists.Contains(Leading, word) || WordLists.Contains(Following, word) || word.Equals("do", StringComparison.OrdinalIgnoreCase);

    // A second particle after the first one ("van der", "de la", "van den", "de los").
    private static readonly string[] Following = ["der", "den", "de", "la", "las", "los", "le"];

    /// <summary>
    /// When token t opens a particle run that a capitalised word closes, single spaces apart ("de Vries", "van der
    /// Berg", "Ó Briain") or joined by a hyphen after "al" or "el" ("al-Khoury"), the index of that word; otherwise -1. Lower-case particles only: a capitalised "De" or "Van"
    /// is a name part of its own. The Irish "Ó" is written with a capital (and compared as "O", its accent folded).
    /// </summary>
    public static int HeadAfter(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        if (tokens[t].Kind != TokenKind.Word)
        {
            return -1;
        }

        // "al-Khoury", "el-Amin": the Arabic article joined by a hyphen.
        if (tokens[t].In(text) is "al" or "el" && t + 2 < tokens.Count && tokens[t + 1].In(text) is "-" && tokens[t + 1].Start == tokens[t].End
            && tokens[t + 2].Start == tokens[t + 1].End && analyzed.IsCapitalisedWord(t + 2, minLength: 2))
        {
            return t + 2;
        }

        if (!IsLeading(tokens[t].In(text)))
        {
            return -1;
        }

        var next = t + 1;
        if (next < tokens.Count && NameCandidates.SingleSpace(analyzed, next - 1, next) && tokens[next].Kind == TokenKind.Word
            && char.IsLower(text[tokens[next].Start]) && WordLists.Contains(Following, tokens[next].In(text)))
        {
            next++;
        }

        return next < tokens.Count && NameCandidates.SingleSpace(analyzed, next - 1, next) && analyzed.IsCapitalisedWord(next, minLength: 2)
            ? next
            : -1;
    }

    /// <summary>A lower-case surname particle of either place ("van", "der", "de", "la") or the Irish "Ó" (as "O").</summary>
    public static bool IsParticle(AnalyzedText analyzed, int t)
    {
        var word = analyzed.Tokens[t].In(analyzed.Text);
        return analyzed.Tokens[t].Kind == TokenKind.Word && (IsLeading(word) || (char.IsLower(word[0]) && WordLists.Contains(Following, word)));
    }

    private static bool IsLeading(ReadOnlySpan<char> word) =>
        word is "O" || (word.Length > 1 && char.IsLower(word[0]) && WordLists.Contains(Leading, word));

    /// <summary>
    /// The last token of the word at t together with the words an apostrophe or hyphen joins to it with no space
    /// ("O'Brien", "Ji-woo"); a possessive "'s" is not part of it.
    /// </summary>
    public static int JoinedEnd(AnalyzedText analyzed, int t)
    {
        var tokens = analyzed.Tokens;
        var text = analyzed.Text;
        var last = t;
        while (last + 2 < tokens.Count && NameShape.Of(analyzed, last + 1) == 10 && tokens[last + 1].Start == tokens[last].End
            && tokens[last + 2].Start == tokens[last + 1].End && tokens[last + 2].Kind == TokenKind.Word
            && !(text[tokens[last + 1].Start] is '\'' or '’' && tokens[last + 2].In(text) is "s"))
        {
            last += 2;
        }

        return last;
    }

    /// <summary>A single letter joined to a name by an apostrophe: the "O" of "O'Brien", the "D" of "D'Souza".</summary>
    public static bool IsApostrophePrefix(AnalyzedText analyzed, int t) =>
        Tokenizer.IsCapitalJoinedByApostrophe(analyzed.Text, analyzed.Tokens, t) && analyzed.IsCapitalisedWord(t + 2, minLength: 2);
}
