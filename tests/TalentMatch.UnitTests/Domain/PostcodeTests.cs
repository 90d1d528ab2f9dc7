using TalentMatch.Domain.Places;

namespace TalentMatch.UnitTests.Domain;

public sealed class PostcodeTests
{
    [TestCase("2000", "2000")]
    [TestCase(" 2000 ", "2000")]
    [TestCase("1000", "1000")]
    [TestCase("9999", "9999")]
    public void TryParse_WhenFourDigitsFrom1000_ReturnsTrimmedValue(string text, string expected)
    {
        Postcode.TryParse(text, out var postcode).ShouldBeTrue();

        postcode.Value.ShouldBe(expected);
        postcode.ToString().ShouldBe(expected);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("0999")]
    [TestCase("20000")]
    [TestCase("200")]
    [TestCase("abcd")]
    [TestCase("2a00")]
    [TestCase("２０００")]
    public void IsValid_WhenNotABelgianPostcode_ReturnsFalse(string? text)
    {
        Postcode.IsValid(text).ShouldBeFalse();
    }

    [Test]
    public void Parse_WhenInvalid_ThrowsFormatException()
    {
        Should.Throw<FormatException>(() => Postcode.Parse("abcd"));
    }
}
