using System.Text.RegularExpressions;
using LlmSafety.Narratives.Simulation.People;

namespace LlmSafety.Narratives.Tests.Simulation;

public sealed class FakeValueTests
{
    [Fact]
    public void The_published_example_nhs_number_has_check_digit_9()
    {
        Assert.Equal(9, IdentifierGenerator.NhsCheckDigit([9, 4, 3, 4, 7, 6, 5, 9, 1]));
    }

    [Fact]
    public void Nhs_numbers_carry_a_valid_modulus_11_check_digit()
    {
        var random = new Random(1);
        for (var i = 0; i < 500; i++)
        {
            var digits = IdentifierGenerator.NhsNumber(random).Replace(" ", "", StringComparison.Ordinal);

            Assert.Matches("^[0-9]{10}$", digits);
            var sum = Enumerable.Range(0, 9).Sum(k => (digits[k] - '0') * (10 - k));
            Assert.Equal((11 - (sum % 11)) % 11, digits[9] - '0');
        }
    }

    [Fact]
    public void Social_security_numbers_use_only_issued_number_ranges()
    {
        var random = new Random(2);
        for (var i = 0; i < 500; i++)
        {
            var match = Regex.Match(IdentifierGenerator.SocialSecurityNumber(random), "^([0-9]{3})-([0-9]{2})-([0-9]{4})$");

            Assert.True(match.Success);
            var area = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(area is > 0 and < 900 and not 666, $"area {area}");
            Assert.NotEqual("00", match.Groups[2].Value);
            Assert.NotEqual("0000", match.Groups[3].Value);
        }
    }

    [Fact]
    public void Phones_and_dates_of_birth_come_in_many_shapes()
    {
        var random = new Random(3);
        static string Shape(string value) => Regex.Replace(Regex.Replace(value, "[0-9]", "9"), "[A-Za-z]+", "A");

        var phones = Enumerable.Range(0, 400).Select(_ => Shape(ContactFormats.Phone(random))).Distinct().Count();
        var dates = Enumerable.Range(0, 400).Select(_ => Shape(ContactFormats.DateOfBirth(random, new DateOnly(2015, 3, 14)))).Distinct().Count();

        Assert.True(phones >= 8, $"{phones} phone shapes");
        Assert.True(dates >= 6, $"{dates} date shapes");
    }

    [Fact]
    public void Email_and_handle_parts_are_plain_ascii()
    {
        Assert.Equal("lukasz", ContactFormats.Ascii("Łukasz"));
        Assert.Equal("nguyenvanduc", ContactFormats.Ascii("Nguyễn Văn Đức"));
        Assert.Equal("seoyeon", ContactFormats.Ascii("Seo-yeon"));
    }
}
