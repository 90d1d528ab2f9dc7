using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.UnitTests.OccupationSearch;

/// <summary>Dutch job titles as people type them, against a small catalogue with the curated list.</summary>
public sealed class OccupationSearchIndexDutchTitleTests
{
    private static readonly Guid ForkliftDriver = Guid.Parse("00000000-0000-0000-0000-000000000011");
    private static readonly Guid Cleaner = Guid.Parse("00000000-0000-0000-0000-000000000012");
    private static readonly Guid KitchenHelp = Guid.Parse("00000000-0000-0000-0000-000000000013");
    private static readonly Guid Nurse = Guid.Parse("00000000-0000-0000-0000-000000000014");

    private static readonly OccupationSearchIndex Index = new(
    [
        new(ForkliftDriver, "en", "forklift operator", true),
        new(ForkliftDriver, "nl", "heftruckchauffeur", true),
        new(ForkliftDriver, "fr", "cariste", true),
        new(Cleaner, "en", "cleaner", true),
        new(Cleaner, "nl", "schoonmaker", true),
        new(KitchenHelp, "en", "kitchen porter", true),
        new(KitchenHelp, "nl", "keukenhulp", true),
        new(Nurse, "en", "nurse", true),
        new(Nurse, "nl", "verpleegkundige", true),
    ]);

    [Test]
    public void Search_WhenDutchTitle_FindsTheOccupationWithTheDutchLabel()
    {
        var hit = Index.Search("verpleegkundige", 5)[0];

        hit.OccupationId.ShouldBe(Nurse);
        hit.MatchedLabel.ShouldBe("verpleegkundige");
    }

    [Test]
    public void Search_WhenCompoundWrittenApart_FindsTheCompoundLabel()
    {
        Index.Search("heftruck chauffeur", 5)[0].OccupationId.ShouldBe(ForkliftDriver);
    }

    [Test]
    public void Search_WhenPartOfACompound_FindsTheCompoundLabel()
    {
        Index.Search("keuken hulp", 5)[0].OccupationId.ShouldBe(KitchenHelp);
    }

    [TestCase("schoonmakre")]
    [TestCase("verpleegkundig")]
    [TestCase("heftruckchaufeur")]
    public void Search_WhenTypo_StillRanksTheOccupationFirst(string query)
    {
        var hits = Index.Search(query, 5);

        hits.ShouldNotBeEmpty();
        hits[0].OccupationId.ShouldBeOneOf(Cleaner, Nurse, ForkliftDriver);
        hits[0].MatchedLabel.ShouldStartWith(query[..5]);
    }

    [Test]
    public void Search_WhenFlemishWordOfTheCuratedList_FindsTheCatalogueOccupation()
    {
        Index.Search("poetsvrouw", 5)[0].OccupationId.ShouldBe(Cleaner);
    }
}
