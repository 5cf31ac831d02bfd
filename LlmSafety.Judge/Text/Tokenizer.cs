namespace LlmSafety.Judge.Text;

/// <summary>
/// Splits normalised text into words (letters and digits starting with a letter), numbers and single punctuation
/// marks in one pass, so that the cost of judging stays linear in the length of the text.
/// </summary>
public static class Tokenizer
{
    /// <summary>
    /// Token <paramref name="letter"/> is one capital letter joined with no space by an apostrophe to a capitalised word:
    /// the "O" of "O'Brien", the "D" of "D'Souza".
    /// </summary>
    public static bool IsCapitalJoinedByApostrophe(string text, List<Token> tokens, int letter) =>
        letter >= 0 && letter + 2 < tokens.Count && tokens[letter].Kind == TokenKind.Word && tokens[letter].Length == 1 && char.IsUpper(text[tokens[letter].Start])
        && tokens[letter + 1].Start == tokens[letter].End && text[tokens[letter + 1].Start] is '\'' or '’'
        && tokens[letter + 2].Start == tokens[letter + 1].End && tokens[letter + 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[letter + 2].Start]);

    public static List<Token> Tokenize(string text)
    {
        // Counting first sizes the list exactly: a long text then holds one array of tokens, not a doubled one plus
        // the copies left behind by growing.
        var count = 0;
        for (var i = 0; i < text.Length;)
        {
            count += Next(text, ref i).Length > 0 ? 1 : 0;
        }

        var tokens = new List<Token>(count);
        for (var i = 0; i < text.Length;)
        {
            var token = Next(text, ref i);
            if (token.Length > 0)
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>The token starting at or after i (empty when only whitespace is left); i moves past it.</summary>
    private static Token Next(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var start = i;
        if (i == text.Length)
        {
            return new Token(start, start, TokenKind.Punctuation);
        }

        var c = text[i];
        if (char.IsLetter(c))
        {
            while (i < text.Length && (char.IsLetter(text[i]) || char.IsDigit(text[i])))
            {
                i++;
            }

            return new Token(start, i, TokenKind.Word);
        }

        if (char.IsDigit(c))
        {
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }

            return new Token(start, i, TokenKind.Number);
        }

        i++;
        if (char.IsHighSurrogate(c) && i < text.Length)
        {
            i++;
        }

        return new Token(start, i, TokenKind.Punctuation);
    }

    /// <summary>True where a token begins a sentence; a period after a title ("Dr.") does not end one.</summary>
    public static bool[] SentenceStarts(string text, List<Token> tokens)
    {
        var starts = new bool[tokens.Count];
        var atStart = true;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            starts[t] = atStart && token.Kind != TokenKind.Punctuation;
            if (token.Kind == TokenKind.Punctuation)
            {
                var c = text[token.Start];
                // "at 10:00 for speech therapy", "2.5 ml": a clock time or a decimal ends no sentence.
                if (c is '.' or '!' or '?' or '\n' or '"' or ':' or '“' && !(c is '.' or ':' && IsInsideNumber(text, tokens, t)))
                {
                    var afterTitle = c == '.' && t > 0 && IsTitleAbbreviation(tokens[t - 1].In(text));
                    atStart = atStart || (!afterTitle && c is '.' or '!' or '?' or ':');
                }
            }
            else
            {
                atStart = false;
            }

            if (t + 1 < tokens.Count && text.AsSpan(token.End, tokens[t + 1].Start - token.End).Contains('\n'))
            {
                atStart = true;
            }
        }

        return starts;
    }

    /// <summary>The punctuation token t joins two numbers with no space on either side ("10:00", "2.5").</summary>
    private static bool IsInsideNumber(string text, List<Token> tokens, int t) =>
        t > 0 && t + 1 < tokens.Count && tokens[t - 1].Kind == TokenKind.Number && tokens[t + 1].Kind == TokenKind.Number
        && tokens[t - 1].End == tokens[t].Start && tokens[t].End == tokens[t + 1].Start;

    private static bool IsTitleAbbreviation(ReadOnlySpan<char> word) =>
        word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Mx" or "Prof" or "Jr" or "Sr" or "Dra" or "Sra" or "Srta" or "Mme" or "Mlle" or "Dott";
}
