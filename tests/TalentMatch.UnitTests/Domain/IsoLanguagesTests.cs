using TalentMatch.Domain.Languages;

namespace TalentMatch.UnitTests.Domain;

public sealed class IsoLanguagesTests
{
    [Test]
    public void All_HasThe184CodesOnceEach_IncludingDeprecatedBh()
    {
        IsoLanguages.All.Count.ShouldBe(184);
        IsoLanguages.All.Select(l => l.Code).Distinct().Count().ShouldBe(184);
        IsoLanguages.All.ShouldAllBe(l => l.Code.Length == 2 && l.Code == l.Code.ToLowerInvariant());
        IsoLanguages.All.ShouldAllBe(l => l.Dutch.Length > 0 && l.English.Length > 0 && l.French.Length > 0);
        IsoLanguages.IsKnown("bh").ShouldBeTrue();
    }

    [TestCase("nl", "Nederlands", "Dutch")]
    [TestCase("AR", "Arabisch", "Arabic")]
    [TestCase(" tr ", "Turks", "Turkish")]
    public void Find_WhenKnownCode_ReturnsNames(string code, string dutch, string english)
    {
        var language = IsoLanguages.Find(code);

        language.ShouldNotBeNull();
        language.Dutch.ShouldBe(dutch);
        language.English.ShouldBe(english);
        language.NameIn("en").ShouldBe(english);
        language.NameIn("de").ShouldBe(dutch);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("xx")]
    [TestCase("nld")]
    [TestCase("iw")]
    public void Find_WhenNotAnIso6391Code_ReturnsNull(string? code)
    {
        IsoLanguages.Find(code).ShouldBeNull();
        IsoLanguages.IsKnown(code).ShouldBeFalse();
    }
}
