using TalentMatch.Domain.Common;

namespace TalentMatch.UnitTests.Domain;

public sealed class TextNormalizerTests
{
    [TestCase("Kassierster", "kassierster")]
    [TestCase("kassiérster ", "kassierster")]
    [TestCase("CAISSIÈRE", "caissiere")]
    [TestCase("Patiënten  helpen", "patienten helpen")]
    [TestCase("ober/serveerster", "ober serveerster")]
    [TestCase("  chef-kok! ", "chef kok")]
    [TestCase("ADL-assistent (m/v)", "adl assistent m v")]
    [TestCase("Ça va, Noël?", "ca va noel")]
    public void Normalize_FoldsAccentsCaseAndPunctuation(string text, string expected)
    {
        TextNormalizer.Normalize(text).ShouldBe(expected);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("?!-")]
    public void Normalize_WhenNothingToKeep_ReturnsEmpty(string? text)
    {
        TextNormalizer.Normalize(text).ShouldBeEmpty();
    }
}
