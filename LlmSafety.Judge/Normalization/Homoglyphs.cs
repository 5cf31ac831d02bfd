using System.Collections.Frozen;

namespace LlmSafety.Judge.Normalization;

/// <summary>Cyrillic and Greek letters that render like Latin ones and are used to slip words past filters.</summary>
internal static class Homoglyphs
{
    public static readonly FrozenDictionary<char, char> ToLatin = new Dictionary<char, char>
    {
        ['а'] = 'a',
        ['в'] = 'b',
        ['е'] = 'e',
        ['ё'] = 'e',
        ['к'] = 'k',
        ['м'] = 'm',
        ['н'] = 'h',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['т'] = 't',
        ['у'] = 'y',
        ['х'] = 'x',
        ['і'] = 'i',
        ['ї'] = 'i',
        ['ј'] = 'j',
        ['ѕ'] = 's',
        ['ԁ'] = 'd',
        ['ԛ'] = 'q',
        ['ԝ'] = 'w',
        ['һ'] = 'h',
        ['ӏ'] = 'l',
        ['А'] = 'A',
        ['В'] = 'B',
        ['Е'] = 'E',
        ['Ё'] = 'E',
        ['К'] = 'K',
        ['М'] = 'M',
        ['Н'] = 'H',
        ['О'] = 'O',
        ['Р'] = 'P',
        ['С'] = 'C',
        ['Т'] = 'T',
        ['У'] = 'Y',
        ['Х'] = 'X',
        ['І'] = 'I',
        ['Ј'] = 'J',
        ['Ѕ'] = 'S',
        ['Ԁ'] = 'D',
        ['Ԛ'] = 'Q',
        ['Ԝ'] = 'W',
        ['Һ'] = 'H',
        ['Ӏ'] = 'I',
        ['α'] = 'a',
        ['β'] = 'b',
        ['ε'] = 'e',
        ['ι'] = 'i',
        ['κ'] = 'k',
        ['ν'] = 'v',
        ['ο'] = 'o',
        ['ρ'] = 'p',
        ['τ'] = 't',
        ['υ'] = 'u',
        ['χ'] = 'x',
        ['Α'] = 'A',
        ['Β'] = 'B',
        ['Ε'] = 'E',
        ['Ζ'] = 'Z',
        ['Η'] = 'H',
        ['Ι'] = 'I',
        ['Κ'] = 'K',
        ['Μ'] = 'M',
        ['Ν'] = 'N',
        ['Ο'] = 'O',
        ['Ρ'] = 'P',
        ['Τ'] = 'T',
        ['Υ'] = 'Y',
        ['Χ'] = 'X',
        ['ɑ'] = 'a',
        ['ɡ'] = 'g',
        ['ı'] = 'i',
        ['ℓ'] = 'l',
    }.ToFrozenDictionary();

    /// <summary>
    /// Digits and '$' read as letters in leetspeak ("J0hn", "4DHD"). '@' is deliberately not one: it would turn e-mail
    /// addresses and handles into words.
    /// </summary>
    public static char? LeetToLetter(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '$' => 's',
        _ => null,
    };
}
