namespace LlmSafety.Judge.Recognizers;

/// <summary>Check-digit rules that separate real identifier numbers from arbitrary digit runs.</summary>
public static class Checksums
{
    public static bool IsLuhnValid(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var count = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                continue;
            }

            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            count++;
            doubleIt = !doubleIt;
        }

        return count >= 12 && sum % 10 == 0;
    }

    /// <summary>NHS number: ten digits, weights 10..2 on the first nine, check digit 11 - (sum mod 11), 10 is invalid.</summary>
    public static bool IsNhsNumberValid(ReadOnlySpan<char> text)
    {
        Span<int> digits = stackalloc int[10];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 10)
                {
                    return false;
                }

                digits[count++] = c - '0';
            }
        }

        if (count != 10)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += digits[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == digits[9];
    }

    /// <summary>US SSN: area not 000, 666 or 900-999; group not 00; serial not 0000.</summary>
    public static bool IsSsnValid(ReadOnlySpan<char> text)
    {
        Span<char> digits = stackalloc char[9];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 9)
                {
                    return false;
                }

                digits[count++] = c;
            }
        }

        if (count != 9)
        {
            return false;
        }

        var area = int.Parse(digits[..3], System.Globalization.CultureInfo.InvariantCulture);
        var group = int.Parse(digits[3..5], System.Globalization.CultureInfo.InvariantCulture);
        var serial = int.Parse(digits[5..], System.Globalization.CultureInfo.InvariantCulture);
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }

    /// <summary>
    /// Chilean RUT or RUN ("21.874.302-1", "9.876.543-K"): the body's digits from the right weighted 2, 3, …, 7 and round
    /// again; the check is 11 - (sum mod 11), written "0" for 11 and "K" for 10.
    /// </summary>
    public static bool IsRutValid(ReadOnlySpan<char> text)
    {
        var dash = text.LastIndexOf('-');
        if (dash < 1 || dash != text.Length - 2)
        {
            return false;
        }

        var sum = 0;
        var weight = 2;
        var count = 0;
        for (var i = dash - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            sum += (text[i] - '0') * weight;
            weight = weight == 7 ? 2 : weight + 1;
            count++;
        }

        var check = 11 - (sum % 11);
        var expected = check switch { 11 => '0', 10 => 'K', _ => (char)('0' + check) };
        return count >= 7 && char.ToUpperInvariant(text[^1]) == expected;
    }
}
