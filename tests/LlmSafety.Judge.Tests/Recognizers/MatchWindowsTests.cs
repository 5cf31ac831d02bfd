using System.Text;
using System.Text.RegularExpressions;
using LlmSafety.Judge.Recognizers;

namespace LlmSafety.Judge.Tests.Recognizers;

/// <summary>
/// The recognizer reads some patterns only in the windows where their matches can lie. Over texts built to sit on the
/// windows' edges (keys, digits, marks and separators thrown together), every pattern must give in its windows exactly
/// the matches, groups included, that it gives over the whole text.
/// </summary>
public class MatchWindowsTests
{
    private static readonly string[] Pieces =
    [
        // Keys, their number words and separators (KeyedId).
        "Student ID", "student", "ID", "id", "Medical Record", "record", "NHS", "nhs", "number", "No.", "No", "#", "(", ")", " is ", " was ", ":", ",", "|", "*",
        "/", "-", "Personnummer", "fødselsnummer", "Cédula", "Matrícula No.", "CPR-Nr", "PIN", "Health Card No.", "lunch code", "NDIS Participant", "K", "k",
        // Digits in the shapes of ids, phones and dates.
        "4", "12", "123", "4471928", "1.037.552", ".918", "2015", "05", "31", "12/05/2015", "2015-05-12", "485 777 3456", "AB", "abcd", "AB/12/345",
        // Dates with month names (Date).
        "May", "Sept.", "Sept", "march", "pazdziernika", " de ", "of", "the", "5th", "21st",
        // Addresses, handles and web addresses (Email, Handle, Url).
        "@", "mia.draws22", "a.b", "_x", "%", "+", "gmail", ".com", ".org", ".co.uk", "www.", "http://", "https://", "example", ".", "<", ">", "\"", "'",
        // Ordinary text around them.
        " ", " ", " ", "  ", "\n", "\t", "\u00a0", "Mia", "my", "Her", "the number", "call", "é", "ñ", "x", "!", "?", ";",
        // Digits of other scripts, which \d reads too, and long stretches that put matches far apart (several windows).
        "٣", "४५", "๗", new string('a', 60), new string(' ', 50), "Once upon a time, long before the story starts, a very long sentence went on and on. ",
    ];

    // Pieces each pattern's texts get more of, so that they hit it often.
    private static readonly Dictionary<string, string[]> Focus = new()
    {
        ["KeyedId"] = ["Student ID", " is ", "4471928", "NHS", "No.", ": "],
        ["Date"] = ["May", " ", "5th", "2015", "12/05/2015", ", ", "of"],
        ["Email"] = ["mia.draws22@gmail.com", "@", "gmail", ".com", "a.b", " "],
        ["Handle"] = [" @", "(@", "@", "mia.draws22", "_x", " "],
        ["Url"] = ["https://", "www.", "example", ".com", "/", " "],
        ["Ssn"] = ["123-45-6789", "123456789", "123 45 6789", "-", " ", "12", "1"],
        ["CardLike"] = ["4111 1111 1111 1111", "4111-1111-1111-1111234", "4111111111111111", "4111", "-", " "],
        ["TenDigits"] = ["485 777 3456", "485-777-3456", "4857773456", "485", "-", " "],
        ["NationalInsurance"] = ["QQ 12 34 56 C", "AB123456C", "JT 98 76 54 D", " QQ 12 34 56 C ", "QQ", " ", "12", "C"],
        ["ShapedNationalId"] = ["RACM160725HJCMRTA7", "529.982.247-25", "4532-281-947-KT", "12-025789634-1", "9.876.543-K", "RACM", "KT", "-", "."],
        ["DottedRut"] = ["21.874.302-1", "9.876.543-2", "21", ".874", "-", "."],
        ["Phone"] = ["+44 20 7946 0958", "(555) 123-4567", "555-1234", "07700900123", "+90 532 555 14 27", "+441234567890", "+", "(", ")", "-", " "],
        ["SpacedPhone"] = ["5 5 5 - 2 0 1 - 4 4 7 8", "5.5.5.2.0.1.4", "+ 4 4 7 7", "5 ", "- ", "+", "."],
        ["UkPostcode"] = ["SW1A 1AA", "M1 1AE", "B33 8TH", "EC1A1BB", "SW", "1AA", "M1", " "],
        ["WordDate"] = ["The twenty-seventh day of September", "the third of May", "twenty first of June", "May the third", "September twenty-seventh", "Mayday", ", two thousand and seventy-seven", ", nineteen oh-five", " 2016", ", 2016", " "],
    };

    public static TheoryData<string> Patterns =>
        ["KeyedId", "Date", "Email", "Handle", "Url", "WordDate", "Ssn", "CardLike", "TenDigits", "NationalInsurance", "ShapedNationalId", "DottedRut", "Phone",
            "SpacedPhone", "UkPostcode"];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Windows_give_the_matches_of_the_whole_text(string name)
    {
        var (pattern, windows) = Of(name);
        var random = new Random(20261203);
        var matched = 0;
        var matchedApart = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = Build(random, Focus[name]);
            var whole = pattern.Matches(text).Select(Describe).ToList();
            var found = windows(text);
            var windowed = found.Matches(pattern, text).Select(Describe).ToList();
            Assert.True(whole.SequenceEqual(windowed), $"{name} on «{text}»: whole [{string.Join("; ", whole)}], windowed [{string.Join("; ", windowed)}]");

            // The recognizer's way where it needs no groups: each window's slice enumerated as a text of its own.
            Assert.Equal(pattern.Matches(text).Select(match => (match.Index, match.Length)), found.Find(pattern, text));
            matched += whole.Count;
            matchedApart += found.Count > 1 ? whole.Count : 0;
        }

        // The texts must hit the patterns, also where they have more than one window, or the test shows nothing.
        Assert.True(matched >= 300, $"{name}: only {matched} matches in the generated texts");
        Assert.True(matchedApart >= 100, $"{name}: only {matchedApart} matches in texts of several windows");
    }

    [Theory]
    [InlineData("KeyedId", "Her student ID is 4471928. My NHS number: 485 777 3456 and my Medical Record No. #12 345.", 3)]
    [InlineData("KeyedId", "I am 7 and my student number is", 0)]
    [InlineData("KeyedId", "Her student ID is ٣4567.", 1)]
    [InlineData("Date", "She was born on May 5th, 2015 and the trip is on 12/05/2016.", 2)]
    [InlineData("Email", "Write to mia.draws22@gmail.com or to a@b.org.", 2)]
    [InlineData("Handle", "Follow (@mia_draws) and @x.y on Sundays.", 2)]
    [InlineData("Url", "See https://example.org/a?b=1, www.example.com and school.co.uk today.", 3)]
    [InlineData("WordDate", "She was born on the twenty-seventh day of September, two thousand and seventeen; we met on May the third.", 2)]
    public void Windows_hold_the_matches_of_ordinary_sentences(string name, string text, int count)
    {
        var (pattern, windows) = Of(name);
        var whole = pattern.Matches(text).Select(Describe).ToList();
        Assert.Equal(count, whole.Count);
        Assert.Equal(whole, windows(text).Matches(pattern, text).Select(Describe));
    }

    [Fact]
    public void A_text_with_no_digit_or_mark_has_no_window()
    {
        const string text = "Mia likes the park. Her student card is blue, and she draws at www or at home.";
        Assert.Equal(0, StructuredIdentifierRecognizer.KeyedIdWindows(text, MatchWindows.DigitsOf(text)).Count);
        Assert.Equal(0, StructuredIdentifierRecognizer.DateWindows(text, MatchWindows.DigitsOf(text)).Count);
        Assert.Equal(0, StructuredIdentifierRecognizer.EmailWindows(text).Count);
        Assert.Equal(0, StructuredIdentifierRecognizer.UrlWindows(text).Count);
        Assert.Equal(0, StructuredIdentifierRecognizer.WordDateWindows(text).Count);
    }

    private static (Regex Pattern, Func<string, MatchWindows> Windows) Of(string name) => name switch
    {
        "KeyedId" => (IdentifierPatterns.KeyedId, text => StructuredIdentifierRecognizer.KeyedIdWindows(text, MatchWindows.DigitsOf(text))),
        "Date" => (IdentifierPatterns.Date, text => StructuredIdentifierRecognizer.DateWindows(text, MatchWindows.DigitsOf(text))),
        "Email" => (IdentifierPatterns.Email, StructuredIdentifierRecognizer.EmailWindows),
        "Handle" => (IdentifierPatterns.Handle, StructuredIdentifierRecognizer.HandleWindows),
        "Url" => (IdentifierPatterns.Url, StructuredIdentifierRecognizer.UrlWindows),
        "WordDate" => (IdentifierPatterns.WordDate, StructuredIdentifierRecognizer.WordDateWindows),
        "Ssn" => (IdentifierPatterns.Ssn, text => StructuredIdentifierRecognizer.SsnWindows(text, MatchWindows.DigitsOf(text))),
        "CardLike" => (IdentifierPatterns.CardLike, text => StructuredIdentifierRecognizer.CardWindows(text, MatchWindows.DigitsOf(text))),
        "TenDigits" => (IdentifierPatterns.TenDigits, text => StructuredIdentifierRecognizer.TenDigitWindows(text, MatchWindows.DigitsOf(text))),
        "NationalInsurance" => (IdentifierPatterns.NationalInsurance, text => StructuredIdentifierRecognizer.NationalInsuranceWindows(text, MatchWindows.DigitsOf(text))),
        "ShapedNationalId" => (IdentifierPatterns.ShapedNationalId, text => StructuredIdentifierRecognizer.ShapedNationalIdWindows(text, MatchWindows.DigitsOf(text))),
        "DottedRut" => (IdentifierPatterns.DottedRut, text => StructuredIdentifierRecognizer.DottedRutWindows(text, MatchWindows.DigitsOf(text))),
        "Phone" => (IdentifierPatterns.Phone, text => StructuredIdentifierRecognizer.PhoneWindows(text, MatchWindows.DigitsOf(text))),
        "SpacedPhone" => (IdentifierPatterns.SpacedPhone, text => StructuredIdentifierRecognizer.SpacedPhoneWindows(text, MatchWindows.DigitsOf(text))),
        "UkPostcode" => (IdentifierPatterns.UkPostcode, text => StructuredIdentifierRecognizer.UkPostcodeWindows(text, MatchWindows.DigitsOf(text))),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Build(Random random, string[] focus)
    {
        var builder = new StringBuilder();
        var pieces = random.Next(4, 40);
        for (var p = 0; p < pieces; p++)
        {
            builder.Append(random.Next(3) == 0 ? focus[random.Next(focus.Length)] : Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    private static string Describe(Match match) =>
        string.Join(",", match.Groups.Cast<Group>().Where(g => g.Success).Select(g => $"{g.Name}={g.Index}+{g.Length}"));
}
