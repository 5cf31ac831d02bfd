namespace LlmSafety.Judge.Text;

/// <summary>
/// Splits normalised text into words (letters and digits starting with a letter), numbers and single punctuation
/// marks in one pass, so that the cost of judging stays linear in the length of the text.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetter(text[i]) || char.IsDigit(text[i])))
                {
                    i++;
                }

                tokens.Add(new Token(start, i, TokenKind.Word));
            }
            else if (char.IsDigit(c))
            {
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(start, i, TokenKind.Number));
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < text.Length)
                {
                    i++;
                }

                tokens.Add(new Token(start, i, TokenKind.Punctuation));
            }
        }

        return tokens;
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
                if (c is '.' or '!' or '?' or '\n' or '"' or ':' or '“')
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

    private static bool IsTitleAbbreviation(ReadOnlySpan<char> word) =>
        word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Mx" or "Prof" or "Jr" or "Sr";
}
