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
        var index = new OccupationSearchIndex(Labels, OccupationSynonyms.None, activities: Skills) { ActivityCandidates = 0, SkillNeighbours = 0 };

        index.Candidates("magazijn", null, 10).ShouldNotContain(c => c.OccupationId == Planner);
    }

    [Test]
    public void Search_WithoutARanker_KeepsTheBlendsOrderWithoutActivityCandidates()
    {
        var index = new OccupationSearchIndex(Labels, OccupationSynonyms.None, activities: Skills) { ActivityCandidates = 5 };

        index.Search("magazijn", 10).ShouldNotContain(h => h.OccupationId == Planner);
        index.Candidates("magazijn", null, 10).ShouldContain(c => c.OccupationId == Planner);
    }

    [Test]
    public void Alike_WhenTwoOccupationsShareRareSkills_FindsOneFromTheOther()
    {
        var (index, text) = Neighbourhood();

        var alike = text.Alike(index.OccupationOf(HousingOfficer));

        alike[0].Occupation.ShouldBe(index.OccupationOf(LettingAgent));
        alike[0].Cosine.ShouldBe(1.0, 1e-9);
        alike.ShouldNotContain(a => a.Occupation == index.OccupationOf(Filler(0)), "a skill shared by every occupation says nothing");
    }

    [Test]
    public void Candidates_WithSkillNeighbours_ProposesTheOccupationThatDoesWhatTheBestHitDoes()
    {
        var (rows, skills) = NeighbourhoodRows();
        var alike = OccupationCandidate.FeatureNames.ToList().IndexOf("skill-alike");
        var without = new OccupationSearchIndex(rows, OccupationSynonyms.None, activities: skills) { ActivityCandidates = 0, SkillNeighbours = 0 };
        var with = new OccupationSearchIndex(rows, OccupationSynonyms.None, activities: skills) { ActivityCandidates = 0, SkillNeighbours = 5 };

        without.Candidates("huisvestingsconsulent", null, 10).ShouldNotContain(c => c.OccupationId == LettingAgent);
        var candidates = with.Candidates("huisvestingsconsulent", null, 10);
        candidates[0].OccupationId.ShouldBe(HousingOfficer);
        candidates.Single(c => c.OccupationId == LettingAgent).Features[alike].ShouldBeGreaterThan(0.9);
        candidates[0].Features[alike].ShouldBe(0, "the best hit is not its own neighbour");
    }

    private static readonly Guid HousingOfficer = Guid.Parse("00000000-0000-0000-0000-000000000031");
    private static readonly Guid LettingAgent = Guid.Parse("00000000-0000-0000-0000-000000000032");

    private static Guid Filler(int i) => new($"00000000-0000-0000-0001-{i:D12}");

    // 40 occupations more, so a skill held by two of them is rare (at most 5% of the texts).
    private static (OccupationLabelRow[] Rows, OccupationActivityRow[] Skills) NeighbourhoodRows()
    {
        var fillers = Enumerable.Range(0, 40).ToList();
        OccupationLabelRow[] rows =
        [
            new(HousingOfficer, "nl", "huisvestingsconsulent", true),
            new(HousingOfficer, "en", "housing officer", true),
            new(LettingAgent, "en", "letting agent", true),
            .. fillers.Select(i => new OccupationLabelRow(Filler(i), "en", $"job {i}", true)),
        ];
        OccupationActivityRow[] skills =
        [
            new(HousingOfficer, "manage tenancy agreements"),
            new(HousingOfficer, "inspect rental properties"),
            new(HousingOfficer, "communicate with colleagues"),
            new(LettingAgent, "manage tenancy agreements"),
            new(LettingAgent, "inspect rental properties"),
            new(LettingAgent, "communicate with colleagues"),
            .. fillers.SelectMany(i => new[] { new OccupationActivityRow(Filler(i), $"task {i}"), new OccupationActivityRow(Filler(i), "communicate with colleagues") }),
        ];
        return (rows, skills);
    }

    private static (OccupationSearchIndex Index, OccupationActivityText Text) Neighbourhood()
    {
        var (rows, skills) = NeighbourhoodRows();
        var index = new OccupationSearchIndex(rows, OccupationSynonyms.None);
        return (index, new OccupationActivityText(index, skills.Select(s => (index.OccupationOf(s.OccupationId), s.Text))));
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
