using System.Globalization;
using System.Text;

namespace LlmSafety.Narratives.Simulation.People;

/// <summary>Phone numbers, e-mail addresses, dates of birth and web handles in the many shapes people write them.</summary>
internal static class ContactFormats
{
    private static readonly string[] EmailDomains =
        ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "proton.me", "web.de", "orange.fr", "gmx.net"];

    public static string Phone(Random random)
    {
        string D(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => random.Next(10).ToString(CultureInfo.InvariantCulture)));
        var area = random.Next(201, 990).ToString(CultureInfo.InvariantCulture);
        return random.Next(10) switch
        {
            0 => $"({area}) {D(3)}-{D(4)}",
            1 => $"{area}-{D(3)}-{D(4)}",
            2 => $"{area}.{D(3)}.{D(4)}",
            3 => $"+1 {area} {D(3)} {D(4)}",
            4 => $"07{D(3)} {D(6)}",
            5 => $"+44 7{D(3)} {D(6)}",
            6 => $"06 {D(2)} {D(2)} {D(2)} {D(2)}",
            7 => $"+49 15{D(1)} {D(4)} {D(4)}",
            8 => $"+91 9{D(4)} {D(5)}",
            _ => $"+234 80{D(1)} {D(3)} {D(4)}",
        };
    }

    public static string Email(Random random, string firstName, string surname, int birthYear)
    {
        var first = Ascii(firstName);
        var last = Ascii(surname);
        var domain = EmailDomains[random.Next(EmailDomains.Length)];
        var local = random.Next(5) switch
        {
            0 => $"{first}.{last}",
            1 => $"{first}{last}{random.Next(1, 99)}",
            2 => $"{first[0]}.{last}",
            3 => $"{last}.{first}{birthYear % 100:D2}",
            _ => $"{first}_{last}{birthYear}",
        };
        return $"{local}@{domain}";
    }

    public static string DateOfBirth(Random random, DateOnly date)
    {
        var english = CultureInfo.GetCultureInfo("en-US");
        return random.Next(10) switch
        {
            0 => date.ToString("MMMM d, yyyy", english),
            1 => date.ToString("d MMMM yyyy", english),
            2 => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
            3 => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            4 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            5 => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            6 => date.ToString("M/d/yy", CultureInfo.InvariantCulture),
            7 => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            8 => $"the {Ordinal(date.Day)} of {date.ToString("MMMM yyyy", english)}",
            _ => date.ToString("MMM d, yyyy", english),
        };
    }

    /// <summary>A date in the school year ahead: the kind of date a story may carry that is nobody's birthday.</summary>
    public static string EventDate(Random random)
    {
        var date = new DateOnly(2026, 9, 1).AddDays(random.Next(0, 280));
        var english = CultureInfo.GetCultureInfo("en-US");
        return random.Next(3) switch
        {
            0 => date.ToString("dddd, MMMM d", english),
            1 => date.ToString("MMMM d, yyyy", english),
            _ => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        };
    }

    private static string Ordinal(int day) => day switch
    {
        1 or 21 or 31 => $"{day}st",
        2 or 22 => $"{day}nd",
        3 or 23 => $"{day}rd",
        _ => string.Create(CultureInfo.InvariantCulture, $"{day}th"),
    };

    public static string Handle(Random random, string firstName, string surname, int birthYear)
    {
        var first = Ascii(firstName);
        var last = Ascii(surname);
        return random.Next(3) switch
        {
            0 => $"@{first}_{last}{birthYear % 100:D2}",
            1 => $"@{first}.{last}",
            _ => $"@{first}{last[0]}{random.Next(10, 999)}",
        };
    }

    public static string PersonalUrl(Random random, string firstName, string surname, int birthYear)
    {
        var first = Ascii(firstName);
        var last = Ascii(surname);
        return random.Next(5) switch
        {
            0 => $"instagram.com/{first}.{last}{birthYear}",
            1 => $"https://www.youtube.com/@{first}{last}",
            2 => $"www.{first}{last}art.com",
            3 => $"tiktok.com/@{first}_{last}",
            _ => $"https://{last}family.blog/{first}",
        };
    }

    /// <summary>Lower-case ASCII letters only, as e-mail and handle parts are usually written.</summary>
    public static string Ascii(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is 'ł' or 'Ł')
            {
                builder.Append('l');
            }
            else if (c is 'đ' or 'Đ')
            {
                builder.Append('d');
            }
        }

        return builder.Length > 0 ? builder.ToString() : "kid";
    }
}
