using LlmSafety.Judge.Recognizers;

namespace LlmSafety.Judge.Tests.Recognizers;

public class StructuredIdentifierRecognizerTests
{
    private static List<(EntityType Type, string Text)> Find(string text) =>
        StructuredIdentifierRecognizer.Recognize(text).Select(e => (e.Type, text[e.Start..e.End])).ToList();

    [Theory]
    [InlineData("Call my mom at (555) 123-4567 after school.", EntityType.Phone, "(555) 123-4567")]
    [InlineData("Her number is +44 7700 900123.", EntityType.Phone, "+44 7700 900123")]
    [InlineData("Write to liam.okafor@example.com today.", EntityType.Email, "liam.okafor@example.com")]
    [InlineData("Videos are at https://www.example.org/liam.", EntityType.Url, "https://www.example.org/liam")]
    [InlineData("Follow @liam_draws for pictures.", EntityType.Url, "@liam_draws")]
    [InlineData("His SSN is 123-45-6789.", EntityType.IdNumber, "123-45-6789")]
    [InlineData("The letter lists his NHS number 943 476 5919.", EntityType.IdNumber, "943 476 5919")]
    [InlineData("The bracelet shows MRN 48213977.", EntityType.IdNumber, "48213977")]
    [InlineData("My student number, s5560063, is on the card.", EntityType.IdNumber, "s5560063")]
    [InlineData("I was born on March 3, 2016.", EntityType.DateOfBirth, "March 3, 2016")]
    [InlineData("DOB: 03/14/2015.", EntityType.DateOfBirth, "03/14/2015")]
    [InlineData("We live at 42 Maple Street, Springfield.", EntityType.Address, "42 Maple Street, Springfield")]
    [InlineData("Mom wrote Halligstr. 51 on the form.", EntityType.Address, "Halligstr. 51")]
    [InlineData("The car takes me home to ul. Wiacek 521.", EntityType.Address, "ul. Wiacek 521")]
    [InlineData("My house is at Incrocio Pircher 1.", EntityType.Address, "Incrocio Pircher 1")]
    [InlineData("Home is 3228 Bahula Valley, where my corner is.", EntityType.Address, "3228 Bahula Valley")]
    public void Structured_identifiers_are_found_with_exact_offsets(string text, EntityType type, string expected)
    {
        Assert.Contains((type, expected), Find(text));
    }

    [Theory]
    [InlineData("The bus comes at 3:15 and the ice cream costs $2.50.")]
    [InlineData("My class is in room 204 and I counted 12 red cars.")]
    [InlineData("We saw 2 ducks in the park and 3 boats on the lake.")]
    [InlineData("The score was 3-2 and we waited 10 minutes.")]
    [InlineData("The fire drill is on March 3, 2024.")]
    [InlineData("Never share your address, phone number or full name online.")]
    [InlineData("His SSN-like code 666-12-3456 is not a real one.")]
    public void Numbers_that_are_not_identifiers_are_not_reported(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void An_nhs_number_failing_its_check_digit_is_not_an_id_number()
    {
        Assert.DoesNotContain(Find("The NHS number 943 476 5918 fails its check digit."), e => e.Type == EntityType.IdNumber);
        Assert.Contains(Find("The NHS number 943 476 5919 passes its check digit."), e => e.Type == EntityType.IdNumber);
    }
}
