using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Matching;

namespace TalentMatch.UnitTests.Matching;

public sealed class CompetenceScorerTests
{
    // A small hand-made hierarchy: logistics ⊃ handle goods ⊃ operate forklift; handle goods also
    // covers stack goods (a sibling of operate forklift); read plans is related to operate forklift.
    private static readonly Guid Logistics = Id(1);
    private static readonly Guid HandleGoods = Id(2);
    private static readonly Guid OperateForklift = Id(3);
    private static readonly Guid OperateReachTruck = Id(4);
    private static readonly Guid StackGoods = Id(5);
    private static readonly Guid ReadPlans = Id(6);
    private static readonly Guid Cooking = Id(7);
    private static readonly Guid Cleaning = Id(8);

    private static readonly GeoPoint Antwerpen = new(51.219, 4.402);
    private static readonly GeoPoint Berchem = new(51.195, 4.428);
    private static readonly GeoPoint Lillo = new(51.340, 4.300);

    private static readonly Taxonomy Hierarchy = new(
        [(HandleGoods, Logistics), (OperateForklift, HandleGoods), (StackGoods, HandleGoods), (OperateReachTruck, OperateForklift)],
        [(OperateForklift, ReadPlans)]);

    private static readonly MatchingOptions Options = new();
    private static readonly CompetenceScorer Scorer = new(Options, Hierarchy);

    [TestCase(3, MatchVia.Exact, 1.0)]
    [TestCase(4, MatchVia.Narrower, 0.9)]
    [TestCase(2, MatchVia.Broader, 0.5)]
    [TestCase(6, MatchVia.Related, 0.35)]
    [TestCase(5, MatchVia.Sibling, 0.3)]
    public void Score_WhenCompetenceReachesRequirementThroughTaxonomy_GivesCreditByRelation(int have, MatchVia via, double factor)
    {
        var result = Score(Job(Required(OperateForklift)), Person(Has(Id(have), evidence: Evidence.Certified)));

        var match = result.Matched.ShouldHaveSingleItem();
        match.Via.ShouldBe(via);
        match.ProfileCompetenceId.ShouldBe(Id(have));
        match.Credit.ShouldBe(factor, 1e-9);
        result.Components.Competences.ShouldBe(Math.Round(100 * factor, 1));
    }

    [TestCase(5, ReuseLevel.CrossSector)]
    [TestCase(5, ReuseLevel.Transversal)]
    [TestCase(6, ReuseLevel.CrossSector)]
    [TestCase(6, ReuseLevel.Transversal)]
    public void Score_WhenOnlyAGenericSkillIsRelatedOrSiblingToASpecificRequirement_GivesNoCredit(int have, ReuseLevel generic)
    {
        var scorer = WithLevels((OperateForklift, ReuseLevel.SectorSpecific), (Id(have), generic));

        var result = scorer.Score(scorer.Prepare(Job(Required(OperateForklift))), Person(Has(Id(have))));

        result.Matched.ShouldBeEmpty();
        result.Missing.ShouldHaveSingleItem().CompetenceId.ShouldBe(OperateForklift);
    }

    // A specific skill stands in for a specific requirement; for a generic requirement a generic one does too.
    [TestCase(5, ReuseLevel.SectorSpecific, ReuseLevel.OccupationSpecific, MatchVia.Sibling)]
    [TestCase(6, ReuseLevel.SectorSpecific, ReuseLevel.OccupationSpecific, MatchVia.Related)]
    [TestCase(5, ReuseLevel.CrossSector, ReuseLevel.Transversal, MatchVia.Sibling)]
    [TestCase(6, ReuseLevel.CrossSector, ReuseLevel.Transversal, MatchVia.Related)]
    public void Score_WhenTheSkillIsAsSpecificAsTheRequirementNeeds_RelatedAndSiblingCreditStays(int have, ReuseLevel required, ReuseLevel held, MatchVia via)
    {
        var scorer = WithLevels((OperateForklift, required), (Id(have), held));

        var result = scorer.Score(scorer.Prepare(Job(Required(OperateForklift))), Person(Has(Id(have))));

        result.Matched.ShouldHaveSingleItem().Via.ShouldBe(via);
    }

    [Test]
    public void Score_WhenAGenericSkillIsBroaderOrNarrowerThanASpecificRequirement_StillGivesTaxonomyCredit()
    {
        var scorer = WithLevels((OperateForklift, ReuseLevel.SectorSpecific), (HandleGoods, ReuseLevel.CrossSector), (OperateReachTruck, ReuseLevel.Transversal));
        var job = scorer.Prepare(Job(Required(OperateForklift)));

        scorer.Score(job, Person(Has(HandleGoods))).Matched.ShouldHaveSingleItem().Via.ShouldBe(MatchVia.Broader);
        scorer.Score(job, Person(Has(OperateReachTruck))).Matched.ShouldHaveSingleItem().Via.ShouldBe(MatchVia.Narrower);
    }

    [Test]
    public void Score_WhenExactAndTaxonomyMatchesBothExist_PicksExact()
    {
        var result = Score(Job(Required(OperateForklift)), Person(Has(HandleGoods), Has(OperateForklift), Has(ReadPlans)));

        result.Matched.ShouldHaveSingleItem().Via.ShouldBe(MatchVia.Exact);
    }

    [Test]
    public void Score_WhenRequirementOnlyMetThroughBroaderSkill_DoesNotMeetAllRequired()
    {
        var result = Score(Job(Required(OperateForklift)), Person(Has(HandleGoods)));

        result.MeetsAllRequired.ShouldBeFalse();
        result.Missing.ShouldBeEmpty();
    }

    [Test]
    public void Score_WhenLevelBelowMinimum_GivesPartialCreditPerLevel()
    {
        var atLevel = Score(Job(Required(Cooking, minLevel: 3)), Person(Has(Cooking, level: 3, evidence: Evidence.Certified)));
        var oneBelow = Score(Job(Required(Cooking, minLevel: 3)), Person(Has(Cooking, level: 2, evidence: Evidence.Certified)));
        var twoBelow = Score(Job(Required(Cooking, minLevel: 3)), Person(Has(Cooking, level: 1, evidence: Evidence.Certified)));

        atLevel.Matched[0].Credit.ShouldBe(1.0, 1e-9);
        oneBelow.Matched[0].Credit.ShouldBe(1 - Options.LevelGapPenalty, 1e-9);
        twoBelow.Matched[0].Credit.ShouldBe(1 - (2 * Options.LevelGapPenalty), 1e-9);
        oneBelow.MeetsAllRequired.ShouldBeFalse();
        atLevel.Score.ShouldBeGreaterThan(oneBelow.Score);
        oneBelow.Score.ShouldBeGreaterThan(twoBelow.Score);
    }

    [Test]
    public void Score_WhenEvidenceDiffers_RaisesConfidenceALittleAndNeverGates()
    {
        var job = Job(Required(Cooking));
        var declared = Score(job, Person(Has(Cooking, evidence: Evidence.Declared)));
        var confirmed = Score(job, Person(Has(Cooking, evidence: Evidence.Confirmed)));
        var certified = Score(job, Person(Has(Cooking, evidence: Evidence.Certified)));

        declared.MeetsAllRequired.ShouldBeTrue();
        declared.Score.ShouldBeGreaterThanOrEqualTo(80);
        declared.Score.ShouldBeLessThan(confirmed.Score);
        confirmed.Score.ShouldBeLessThan(certified.Score);
        (certified.Score - declared.Score).ShouldBeLessThanOrEqualTo(10);
    }

    [Test]
    public void Score_WhenRequiredCompetenceMissing_CostsItsWeightAndNeverCollapses()
    {
        var job = Job(Required(Cooking), Required(Cleaning));
        var complete = Score(job, Person(Has(Cooking), Has(Cleaning)));
        var missingOne = Score(job, Person(Has(Cooking)));

        missingOne.MeetsAllRequired.ShouldBeFalse();
        missingOne.Missing.ShouldHaveSingleItem().ShouldBe(new MissingCompetence(Cleaning, true));
        missingOne.Counts.ShouldBe(new RequiredCounts(2, 1, 1, 0, 0));

        // Both requirements weigh the same here, so the missing one costs half of the required competence part.
        missingOne.Components.Competences!.Value.ShouldBe(complete.Components.Competences!.Value / 2, 0.1);
        missingOne.Score.ShouldBe(complete.Score / 2, 0.1);
        complete.MeetsAllRequired.ShouldBeTrue();
    }

    [Test]
    public void Score_WhenPreferredCompetenceMissing_KeepsMeetsAllRequiredAndNoGap()
    {
        var result = Score(Job(Required(Cooking), Preferred(Cleaning)), Person(Has(Cooking)));

        result.MeetsAllRequired.ShouldBeTrue();
        result.Score.ShouldBeGreaterThanOrEqualTo(80);
        result.Missing.ShouldHaveSingleItem().Required.ShouldBeFalse();
    }

    [Test]
    public void Score_WhenRequiredLanguageBelowLevel_NamesTheGap()
    {
        var job = Job([Required(Cooking)], languages: [new LanguageRequirement("nl", CefrLevel.B1, Importance.Required)]);
        var below = Score(job, Person([Has(Cooking)], languages: [new CandidateLanguage("nl", CefrLevel.A2, false)]));
        var atLevel = Score(job, Person([Has(Cooking)], languages: [new CandidateLanguage("nl", CefrLevel.B2, false)]));

        var fit = below.Languages.ShouldHaveSingleItem();
        fit.ShouldBe(new LanguageFit("nl", true, CefrLevel.B1, CefrLevel.A2, Met: false, Extra: false));
        below.MeetsAllRequired.ShouldBeFalse();
        below.Components.Languages.ShouldBe(Math.Round(100 * (1 - Options.LanguageStepPenalty), 1));
        atLevel.Languages[0].Met.ShouldBeTrue();
        atLevel.MeetsAllRequired.ShouldBeTrue();
        atLevel.Score.ShouldBeGreaterThan(below.Score);
    }

    [Test]
    public void Score_WhenNativeSpeaker_CountsAsHighestLevel()
    {
        var job = Job([Required(Cooking)], languages: [new LanguageRequirement("nl", CefrLevel.C1, Importance.Required)]);

        var result = Score(job, Person([Has(Cooking)], languages: [new CandidateLanguage("nl", CefrLevel.A1, IsNative: true)]));

        result.Languages[0].Met.ShouldBeTrue();
    }

    [Test]
    public void Score_WhenMultilingualValued_ExtraLanguagesAdd()
    {
        var job = Job([Required(Cooking)], languages: [new LanguageRequirement("nl", CefrLevel.B1, Importance.Required)], multilingual: true);
        CandidateLanguage dutch = new("nl", CefrLevel.B2, false);
        var monolingual = Score(job, Person([Has(Cooking)], languages: [dutch]));
        var trilingual = Score(job, Person([Has(Cooking)], languages: [dutch, new("ar", CefrLevel.C2, true), new("fr", CefrLevel.B1, false)]));
        var weakExtra = Score(job, Person([Has(Cooking)], languages: [dutch, new("en", CefrLevel.A2, false)]));

        trilingual.Score.ShouldBeGreaterThan(monolingual.Score);
        trilingual.Languages.Where(l => l.Extra).Select(l => l.Code).ShouldBe(["ar", "fr"]);
        weakExtra.Score.ShouldBe(monolingual.Score);
    }

    [Test]
    public void Score_WhenMultilingualNotValued_ExtraLanguagesDoNotAdd()
    {
        var job = Job([Required(Cooking)], languages: [new LanguageRequirement("nl", CefrLevel.B1, Importance.Required)]);
        CandidateLanguage dutch = new("nl", CefrLevel.B2, false);

        var monolingual = Score(job, Person([Has(Cooking)], languages: [dutch]));
        var bilingual = Score(job, Person([Has(Cooking)], languages: [dutch, new("ar", CefrLevel.C2, true)]));

        bilingual.Score.ShouldBe(monolingual.Score);
        bilingual.Languages.ShouldNotContain(l => l.Extra);
    }

    [Test]
    public void Score_WhenFartherAway_DecaysAndIsZeroBeyondMaximum()
    {
        var job = Job([Required(Cooking)], location: Antwerpen);
        var here = Score(job, Person([Has(Cooking)], location: Antwerpen, maxTravelKm: 10));
        var near = Score(job, Person([Has(Cooking)], location: Berchem, maxTravelKm: 10));
        var far = Score(job, Person([Has(Cooking)], location: Lillo, maxTravelKm: 10));

        here.Components.Distance.ShouldBe(100);
        here.DistanceKm.ShouldBe(0);
        near.DistanceKm!.Value.ShouldBeInRange(2.5, 4);
        near.Components.Distance!.Value.ShouldBeInRange(100 * Options.DistanceScoreAtMax, 99);
        far.DistanceKm!.Value.ShouldBeGreaterThan(10);
        far.Components.Distance.ShouldBe(0);
        here.Score.ShouldBeGreaterThan(near.Score);
        near.Score.ShouldBeGreaterThan(far.Score);
    }

    [Test]
    public void Score_WhenFewerHoursThanAsked_ScoresHoursFit()
    {
        var job = Job([Required(Cooking)], hours: 20);

        Score(job, Person([Has(Cooking)], hours: 10)).Components.Hours.ShouldBe(50);
        Score(job, Person([Has(Cooking)], hours: 20)).Components.Hours.ShouldBe(100);
        Score(job, Person([Has(Cooking)], hours: 38)).Components.Hours.ShouldBe(100);
    }

    [Test]
    public void Score_WhenNothingToCompare_LeavesComponentsNull()
    {
        var result = Score(Job([Required(Cooking)], hours: 0), Person([Has(Cooking)], location: null));

        result.Components.Competences.ShouldNotBeNull();
        result.Components.Languages.ShouldBeNull();
        result.Components.Distance.ShouldBeNull();
        result.Components.Hours.ShouldBeNull();
        result.Components.Interests.ShouldBeNull();
        result.DistanceKm.ShouldBeNull();
    }

    [Test]
    public void Score_WhenOpportunityListsInterests_ScoresSharedInterests()
    {
        var job = Job([Required(Cooking)], interests: ["Koken", "tuinieren"]);

        Score(job, Person([Has(Cooking)], interests: ["koken"])).Components.Interests.ShouldBe(50);
        Score(job, Person([Has(Cooking)], interests: [])).Components.Interests.ShouldBe(0);
    }

    [Test]
    public void Score_ForAnyInput_StaysBetweenZeroAndHundred()
    {
        var best = Score(
            Job([Required(Cooking)], languages: [new LanguageRequirement("nl", CefrLevel.A1, Importance.Preferred)], location: Antwerpen, hours: 10, interests: ["koken"], multilingual: true),
            Person([Has(Cooking, level: 4, evidence: Evidence.Certified)], languages: [new("nl", CefrLevel.C2, true), new("ar", CefrLevel.C2, true), new("fr", CefrLevel.C2, false), new("en", CefrLevel.C2, false), new("tr", CefrLevel.C2, false)], location: Antwerpen, hours: 40, interests: ["koken"]));
        var worst = Score(Job([Required(Cooking), Required(Cleaning)], location: Antwerpen, hours: 38), Person([], location: Lillo, maxTravelKm: 1, hours: 1));

        best.Score.ShouldBe(100);
        worst.Score.ShouldBeInRange(0, 100);
        worst.Score.ShouldBeLessThan(5);
    }

    [Test]
    public void Score_ContributionsAddUpToTheCompetencePoints()
    {
        var job = Job([Required(Cooking), Required(OperateForklift), Preferred(Cleaning)], location: Antwerpen, hours: 20);
        var result = Score(job, Person([Has(Cooking), Has(HandleGoods, level: 1)], location: Berchem, hours: 20));

        var points = result.Points;

        result.Matched.Sum(m => m.Contribution).ShouldBe(points.Competences, 0.1);
        (points.Competences + points.Languages + points.Distance + points.Hours + points.Interests).ShouldBe(result.Score, 0.1);
        points.Distance.ShouldBeGreaterThan(0);
        points.Hours.ShouldBeGreaterThan(0);
    }

    [Test]
    public void Score_WhenOnlySourceDiffers_ScoresTheSame()
    {
        var job = Job([Required(Cooking), Preferred(OperateForklift)], location: Antwerpen, hours: 20);
        var educated = Person([Has(Cooking, source: CompetenceSource.Education), Has(HandleGoods, source: CompetenceSource.Education)], location: Berchem, hours: 20) with { Id = Id(100) };
        var lived = Person([Has(Cooking, source: CompetenceSource.Life), Has(HandleGoods, source: CompetenceSource.Life)], location: Berchem, hours: 20) with { Id = Id(101) };

        var a = Score(job, educated);
        var b = Score(job, lived);

        b.Score.ShouldBe(a.Score);
        b.Components.ShouldBe(a.Components);
        b.Matched.Select(m => m.Contribution).ShouldBe(a.Matched.Select(m => m.Contribution));
    }

    [Test]
    public void Top_WhenScoresTie_OrdersById()
    {
        var job = Job(Required(Cooking, minLevel: 3));
        var results = new[] { Id(30), Id(10), Id(20) }
            .Select(id => Score(job, Person(Has(Cooking)) with { Id = id }))
            .Append(Score(job, Person(Has(Cooking, level: 1)) with { Id = Id(5) }))
            .ToList();

        var top = Ranking.Top(results, 3, r => r.CandidateId);

        top.Select(r => r.CandidateId).ShouldBe([Id(10), Id(20), Id(30)]);
    }

    [Test]
    public void Validate_WithDefaults_HasNoErrors() => new MatchingOptions().Validate().ShouldBeEmpty();

    [Test]
    public void Validate_WithBadValues_NamesEachProblem()
    {
        var options = new MatchingOptions
        {
            CompetencesWeight = 0,
            LanguagesWeight = 1.5,
            NarrowerFactor = double.NaN,
            DeclaredFactor = 1.0,
            ConfirmedFactor = 0.9,
            RequiredShare = 0.2,
            MultilingualShare = 2,
            TaxonomyDepth = 0,
        };

        var errors = options.Validate();

        errors.ShouldContain(e => e.Contains("CompetencesWeight"));
        errors.ShouldContain(e => e.Contains("LanguagesWeight"));
        errors.ShouldContain(e => e.Contains("NarrowerFactor"));
        errors.ShouldContain(e => e.Contains("evidence factors must rise"));
        errors.ShouldContain(e => e.Contains("RequiredShare"));
        errors.ShouldContain(e => e.Contains("MultilingualShare"));
        errors.ShouldContain(e => e.Contains("TaxonomyDepth"));
    }

    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    private static MatchResult Score(OpportunitySpec job, Candidate person) => Scorer.Score(Scorer.Prepare(job), person);

    /// <summary>The hand-made hierarchy with reuse levels for some of its skills (the others unknown).</summary>
    private static CompetenceScorer WithLevels(params (Guid Competence, ReuseLevel Level)[] levels) =>
        new(Options, new Taxonomy(
            [(HandleGoods, Logistics), (OperateForklift, HandleGoods), (StackGoods, HandleGoods), (OperateReachTruck, OperateForklift)],
            [(OperateForklift, ReadPlans)],
            levels));

    private static Requirement Required(Guid id, int minLevel = 1) => new(id, minLevel, Importance.Required);

    private static Requirement Preferred(Guid id) => new(id, 1, Importance.Preferred);

    private static CandidateCompetence Has(Guid id, int level = 3, CompetenceSource source = CompetenceSource.Work, Evidence evidence = Evidence.Declared) =>
        new(id, level, source, evidence);

    private static OpportunitySpec Job(params Requirement[] requirements) => Job(requirements, hours: 0);

    private static OpportunitySpec Job(
        Requirement[] requirements,
        LanguageRequirement[]? languages = null,
        GeoPoint? location = null,
        double hours = 0,
        string[]? interests = null,
        bool multilingual = false) =>
        new(Id(999), OpportunityKind.Job, requirements, languages ?? [], multilingual, location, hours, interests ?? []);

    private static Candidate Person(params CandidateCompetence[] competences) => Person(competences, location: null);

    private static Candidate Person(
        CandidateCompetence[] competences,
        CandidateLanguage[]? languages = null,
        GeoPoint? location = null,
        int maxTravelKm = 10,
        double hours = 0,
        string[]? interests = null) =>
        new(Id(500), competences, languages ?? [], location, maxTravelKm, hours, interests ?? []);
}
