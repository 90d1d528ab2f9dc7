using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.UnitTests.OccupationSearch;

public sealed class OccupationActivityTextTests
{
    private static readonly Guid Worker = Guid.Parse("00000000-0000-0000-0000-000000000021");
    private static readonly Guid Manager = Guid.Parse("00000000-0000-0000-0000-000000000022");
    private static readonly Guid Planner = Guid.Parse("00000000-0000-0000-0000-000000000023");
    private static readonly Guid Cook = Guid.Parse("00000000-0000-0000-0000-000000000024");
    private static readonly Guid Cashier = Guid.Parse("00000000-0000-0000-0000-000000000025");

    // "magazijn" bridges to "warehouse" (two occupations carry both); the planner has no Dutch
    // label and no label with "warehouse": only what it does says it works in one.
    private static readonly OccupationLabelRow[] Labels =
    [
        new(Worker, "nl", "medewerker magazijn", true),
        new(Worker, "en", "warehouse worker", true),
        new(Manager, "nl", "beheerder magazijn", true),
        new(Manager, "en", "warehouse manager", true),
        new(Planner, "en", "logistics planner", true),
        new(Cook, "nl", "kok", true),
        new(Cook, "en", "cook", true),
        new(Cashier, "nl", "kassier", true),
        new(Cashier, "en", "cashier", true),
    ];

    private static readonly OccupationActivityRow[] Skills =
    [
        new(Planner, "plan warehouse stock movements"),
        new(Planner, "communicate with colleagues"),
        new(Cook, "prepare meals"),
        new(Cook, "communicate with colleagues"),
        new(Cashier, "operate cash register"),
        new(Cashier, "communicate with colleagues"),
    ];

    [Test]
    public void Score_WhenADutchWordBridgesToAWordOfWhatTheOccupationDoes_FindsIt()
    {
        var index = new OccupationSearchIndex(Labels, OccupationSynonyms.None);
        var text = new OccupationActivityText(index, Skills.Select(s => (Occupation(index, s.OccupationId), s.Text)));

        var scores = text.Score("magazijn");

        scores.Keys.ShouldBe([Occupation(index, Planner)]);
        scores.Values.Single().ShouldBeGreaterThan(0);
    }

    [Test]
    public void Score_WithoutTheBridge_DoesNotMeetTheEnglishWord()
    {
        var index = new OccupationSearchIndex(Labels, OccupationSynonyms.None, bridge: false);
        var text = new OccupationActivityText(index, Skills.Select(s => (Occupation(index, s.OccupationId), s.Text)));

        text.Score("magazijn").ShouldBeEmpty();
        text.Score("warehouse").Keys.ShouldBe([Occupation(index, Planner)]);
    }

    [Test]
    public void Score_WhenAWordIsInTooManyTexts_IgnoresIt()
    {
        var index = new OccupationSearchIndex(Labels, OccupationSynonyms.None);
        var text = new OccupationActivityText(index, Skills.Select(s => (Occupation(index, s.OccupationId), s.Text)));
        var communicate = index.Terms("communicate").Single();

        text.Knows(communicate).ShouldBeFalse();
        text.Knows(index.Terms("meals").Single()).ShouldBeTrue();
        text.Score("communicate colleagues").ShouldBeEmpty();
    }

    [Test]
    public void Score_RanksTheOccupationWithMoreOfTheTitlesWordsFirst()
    {
        var index = new OccupationSearchIndex(Labels, OccupationSynonyms.None);
        var text = new OccupationActivityText(index, Skills.Select(s => (Occupation(index, s.OccupationId), s.Text)));

        var scores = text.Score("stock meals plan");

        scores[Occupation(index, Planner)].ShouldBeGreaterThan(scores[Occupation(index, Cook)]);
    }

    [Test]
    public void Candidates_WithActivityTexts_DescribeEachCandidateByThem()
    {
        var index = new OccupationSearchIndex(Labels, OccupationSynonyms.None, activities: Skills);
        var activity = OccupationCandidate.FeatureNames.ToList().IndexOf("activity");
        var rank = OccupationCandidate.FeatureNames.ToList().IndexOf("activity-rank");

        var candidates = index.Candidates("logistics magazijn", null, 10);

        var planner = candidates.Single(c => c.OccupationId == Planner);
        planner.Features[activity].ShouldBe(1.0);
        planner.Features[rank].ShouldBe(1.0);
        var worker = candidates.Single(c => c.OccupationId == Worker);
        worker.Features[activity].ShouldBe(0);
        worker.Features[rank].ShouldBe(0);
    }

    [Test]
    public void Candidates_WithoutActivityCandidates_ProposesNoOccupationByItsActivityTextAlone()
    {
        var index = new OccupationSearchIndex(Labels, OccupationSynonyms.None, activities: Skills);

        index.Candidates("magazijn", null, 10).ShouldNotContain(c => c.OccupationId == Planner);
    }

    [Test]
    public void Candidates_WithActivityCandidates_ProposesTheOccupationWhoseActivityTextMeetsTheTitle()
    {
        var index = new OccupationSearchIndex(Labels, OccupationSynonyms.None, activities: Skills) { ActivityCandidates = 5 };
        var activity = OccupationCandidate.FeatureNames.ToList().IndexOf("activity");
        var rank = OccupationCandidate.FeatureNames.ToList().IndexOf("activity-rank");

        var candidates = index.Candidates("magazijn", null, 10);

        var planner = candidates.Single(c => c.OccupationId == Planner);
        planner.Features[activity].ShouldBe(1.0);
        planner.Features[rank].ShouldBe(1.0);
        candidates[0].OccupationId.ShouldNotBe(Planner, "an occupation found by its labels ranks above one found by what it does");
    }

    private static int Occupation(OccupationSearchIndex index, Guid id) => index.OccupationOf(id);
}
