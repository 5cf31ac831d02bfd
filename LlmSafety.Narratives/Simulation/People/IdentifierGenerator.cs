using System.Globalization;

namespace LlmSafety.Narratives.Simulation.People;

/// <summary>
/// Fake identifiers in the shapes real ones have, with valid check digits where the real scheme has one,
/// so a judge that validates checksums sees realistic positives.
/// </summary>
internal static class IdentifierGenerator
{
    public static string SocialSecurityNumber(Random random)
    {
        // Area 000, 666 and 900-999 are never issued.
        int area;
        do
        {
            area = random.Next(1, 900);
        }
        while (area == 666);

        return string.Create(CultureInfo.InvariantCulture, $"{area:D3}-{random.Next(1, 100):D2}-{random.Next(1, 10000):D4}");
    }

    /// <summary>A 10-digit NHS number whose last digit is the modulus-11 check digit, printed 3-3-4.</summary>
    public static string NhsNumber(Random random)
    {
        while (true)
        {
            var digits = new int[10];
            digits[0] = random.Next(4, 10);
            for (var i = 1; i < 9; i++)
            {
                digits[i] = random.Next(10);
            }

            var check = NhsCheckDigit(digits.AsSpan(0, 9));
            if (check is null)
            {
                continue;
            }

            digits[9] = check.Value;
            var text = string.Concat(digits.Select(d => d.ToString(CultureInfo.InvariantCulture)));
            return random.Next(3) == 0 ? text : $"{text[..3]} {text[3..6]} {text[6..]}";
        }
    }

    /// <summary>Null when the first nine digits have no valid check digit (remainder gives 10).</summary>
    public static int? NhsCheckDigit(ReadOnlySpan<int> firstNine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += firstNine[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }

    public static string MedicalRecordNumber(Random random) => random.Next(3) switch
    {
        0 => Digits(random, 8),
        1 => $"{Digits(random, 3)}-{Digits(random, 2)}-{Digits(random, 3)}",
        _ => $"MR{Digits(random, 7)}",
    };

    public static string InsuranceMemberId(Random random) => random.Next(3) switch
    {
        0 => $"{Letters(random, 3)}{Digits(random, 9)}",
        1 => $"W{Digits(random, 9)}",
        _ => $"{Letters(random, 2)}-{Digits(random, 4)}-{Digits(random, 4)}",
    };

    public static string StudentId(Random random) => random.Next(2) == 0
        ? $"S{Digits(random, 7)}"
        : Digits(random, 9);

    private static string Digits(Random random, int count) =>
        string.Create(count, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('0' + r.Next(10));
            }
        });

    private static string Letters(Random random, int count) =>
        string.Create(count, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('A' + r.Next(26));
            }
        });
}
