using TalentMatch.Application.Common;

namespace TalentMatch.UnitTests.Validators;

public sealed class TextHygieneTests
{
    [TestCase("Amina El Idrissi")]
    [TestCase("\u0646\u0627\u0645\u200C\u0647\u0627")]
    [TestCase("\U0001F469\u200D\U0001F527 lasser")]
    [TestCase("\u200F\u0645\u0631\u064A\u0645\u200E (2)")]
    [TestCase("Zoë, François, Łukasz, Ελένη, Αθηνά, 李")]
    [TestCase("")]
    [TestCase(null)]
    public void IsClean_KeepsWhatLanguagesNeed(string? text)
    {
        TextHygiene.IsClean(text, multiline: false).ShouldBeTrue();
        TextHygiene.IsClean(text, multiline: true).ShouldBeTrue();
    }

    [TestCase("Am\u202Eanih")]
    [TestCase("\u202AAmina")]
    [TestCase("\u2066Amina\u2069")]
    [TestCase("Ami\u200Bna")]
    [TestCase("Ami\u2060na")]
    [TestCase("\uFEFFAmina")]
    [TestCase("Amina\u0000")]
    [TestCase("Amina\u0007")]
    [TestCase("Amina\u007F")]
    [TestCase("Amina\u0085")]
    public void IsClean_RefusesHiddenCharactersEverywhere(string text)
    {
        TextHygiene.IsClean(text, multiline: false).ShouldBeFalse();
        TextHygiene.IsClean(text, multiline: true).ShouldBeFalse();
    }

    [Test]
    public void IsClean_RefusesABrokenSurrogate()
    {
        // Built in code: an attribute argument cannot carry a lone surrogate.
        foreach (var text in new[] { "Amina" + '\uD800', '\uDC00' + "Amina", "Amina" + '\uD83D' + "x" })
        {
            TextHygiene.IsClean(text, multiline: true).ShouldBeFalse();
        }
    }

    [TestCase("line one\nline two")]
    [TestCase("line one\r\nline two")]
    [TestCase("item\tvalue")]
    public void IsClean_AllowsLineBreaksAndTabsInFreeTextOnly(string text)
    {
        TextHygiene.IsClean(text, multiline: true).ShouldBeTrue();
        TextHygiene.IsClean(text, multiline: false).ShouldBeFalse();
    }
}
