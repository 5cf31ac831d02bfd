using LlmSafety.Judge.Lexicons;
using LlmSafety.Judge.Text;

namespace LlmSafety.Judge.Features;

/// <summary>
/// What a token is as part of a possible name, independent of the word itself: the tagger's name-shape features and
/// the decoder's name-pair rule read the same classes.
/// </summary>
internal static class NameShape
{
    public const int OrdinaryWord = 1;
    public const int FirstNameOnly = 2;
    public const int UnknownWord = 5;

    /// <summary>
    /// 0 other; capitalised: 1 ordinary word (also a month or weekday), 2 known first name, 3 known surname, 4 both, 5 unknown word, 6 initial;
    /// punctuation: 7 comma, 8 period, 9 quote, 10 hyphen or apostrophe.
    /// </summary>
    public static int Of(AnalyzedText analyzed, int t)
    {
        var text = analyzed.Text;
        var token = analyzed.Tokens[t];
        if (token.Kind == TokenKind.Punctuation)
        {
            return text[token.Start] switch
            {
                ',' => 7,
                '.' => 8,
                '"' or '“' or '”' => 9,
                '-' or '\'' or '’' => 10,
                _ => 0,
            };
        }

        if (token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start]))
        {
            return 0;
        }

        if (token.End - token.Start == 1)
        {
            return 6;
        }

        var kinds = analyzed.Lexicons[t];
        var first = (kinds & LexiconKind.FirstName) != 0;
        var surname = (kinds & LexiconKind.Surname) != 0;
        return (first, surname) switch
        {
            (true, true) => 4,
            (true, false) => FirstNameOnly,
            (false, true) => 3,
            _ => (kinds & (LexiconKind.CommonWord | LexiconKind.FunctionWord | LexiconKind.CalendarWord)) != 0 ? OrdinaryWord : UnknownWord,
        };
    }

    /// <summary>A capitalised word of two or more letters known as a first name, a surname or both.</summary>
    public static bool IsKnownName(int nameClass) => nameClass is >= 2 and <= 4;
}
