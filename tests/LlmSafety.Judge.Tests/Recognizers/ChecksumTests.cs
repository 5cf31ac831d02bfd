using LlmSafety.Judge.Recognizers;

namespace LlmSafety.Judge.Tests.Recognizers;

public class ChecksumTests
{
    [Theory]
    [InlineData("4111 1111 1111 1111", true)]
    [InlineData("4111 1111 1111 1112", false)]
    [InlineData("79927398713", false)]
    [InlineData("5555-5555-5555-4444", true)]
    public void Luhn_accepts_valid_numbers_of_card_length_only(string number, bool valid)
    {
        Assert.Equal(valid, Checksums.IsLuhnValid(number));
    }

    [Theory]
    [InlineData("943 476 5919", true)]
    [InlineData("9434765919", true)]
    [InlineData("943 476 5918", false)]
    [InlineData("401 023 2137", true)]
    [InlineData("401 023 2138", false)]
    public void Nhs_numbers_need_the_modulus_11_check_digit(string number, bool valid)
    {
        Assert.Equal(valid, Checksums.IsNhsNumberValid(number));
    }

    [Theory]
    [InlineData("123-45-6789", true)]
    [InlineData("000-45-6789", false)]
    [InlineData("666-45-6789", false)]
    [InlineData("912-45-6789", false)]
    [InlineData("123-00-6789", false)]
    [InlineData("123-45-0000", false)]
    public void Ssn_area_group_and_serial_rules_apply(string number, bool valid)
    {
        Assert.Equal(valid, Checksums.IsSsnValid(number));
    }

    [Theory]
    [InlineData("21.874.302-1", true)]
    [InlineData("21.874.302-2", false)]
    [InlineData("9.876.543-K", false)]
    [InlineData("12.345.678-5", true)]
    [InlineData("10.000.013-k", true)]
    [InlineData("10.000.013-5", false)]
    [InlineData("874.302-1", false)]
    public void A_chilean_rut_needs_its_modulus_11_check_digit(string number, bool valid)
    {
        Assert.Equal(valid, Checksums.IsRutValid(number));
    }
}
