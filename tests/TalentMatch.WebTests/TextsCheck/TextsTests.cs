using TalentMatch.Application.Features.People;
using TalentMatch.Web.Localization;

namespace TalentMatch.WebTests.TextsCheck;

/// <summary>Every text of the app exists in all five languages, and every activity card has its words.</summary>
public sealed class TextsTests
{
    [Test]
    public void Entries_EachKey_HasFiveNonEmptyTexts()
    {
        var incomplete = Texts.Entries
            .Where(e => e.Value.Length != 5 || e.Value.Any(string.IsNullOrWhiteSpace))
            .Select(e => e.Key)
            .ToList();

        incomplete.ShouldBeEmpty();
        Texts.Entries.Count.ShouldBeGreaterThan(300);
    }

    [Test]
    public void Entries_ArabicAndTurkish_AreNotCopiesOfDutch()
    {
        // A text may read the same in two languages (a name, "Menu"), but not for most keys.
        var copied = Texts.Entries.Count(e => e.Value[3] == e.Value[0] || e.Value[4] == e.Value[0]);

        copied.ShouldBeLessThan(Texts.Entries.Count / 20);
    }

    [Test]
    public void ActivityCards_AtLeastForty_EachWithWordsInEveryLanguage()
    {
        ActivityCards.All.Count.ShouldBeGreaterThanOrEqualTo(40);
        ActivityCards.All.Select(c => c.Key).ShouldBeUnique();
        foreach (var card in ActivityCards.All)
        {
            Texts.Has("Card." + card.Key).ShouldBeTrue(card.Key);
            card.EscoSkillIds.ShouldNotBeEmpty(card.Key);
        }
    }
}
