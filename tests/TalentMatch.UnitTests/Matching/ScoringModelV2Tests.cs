using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Matching;

namespace TalentMatch.UnitTests.Matching;

/// <summary>
/// The principles of scoring v2 (ADR 0010): graded coverage, specificity, experience as
/// competence, a calibrated score, and fairness between where a competence was learned.
/// </summary>
public sealed class ScoringModelV2Tests
{
    // Warehouse worker (ISCO 9333) and forklift driver (8344); stock clerk in the warehouse worker's unit group.
    private static readonly Guid Warehouse = Id(100);
    private static readonly Guid StockClerk = Id(101);
    private static readonly Guid ForkliftDriver = Id(102);

    private static readonly Guid StackGoods = Id(1);
    private static readonly Guid OperateForklift = Id(2);
    private static readonly Guid CountStock = Id(3);
    private static readonly Guid Teamwork = Id(4);
    private static readonly Guid PackGoods = Id(5);
    private static readonly Guid LabelGoods = Id(6);

    private static readonly Taxonomy Catalogue = new(
        [],
        [],
        [
            (StackGoods, ReuseLevel.OccupationSpecific), (OperateForklift, ReuseLevel.SectorSpecific), (CountStock, ReuseLevel.SectorSpecific),
            (Teamwork, ReuseLevel.Transversal), (PackGoods, ReuseLevel.CrossSector),
        ],
        [
            new OccupationSkills(Warehouse, "9333", [StackGoods, PackGoods, Teamwork]),
            new OccupationSkills(StockClerk, "9333", [CountStock, LabelGoods]),
            new OccupationSkills(ForkliftDriver, "8344", [OperateForklift]),
        ]);

    private static readonly MatchingOptions Options = new();
    private static readonly CompetenceScorer Scorer = new(Options, Catalogue);

    [Test]
    public void Score_WhenOnlyAPastJobIsListed_CreditsItsEssentialCompetencesBelowADeclaredOne()
    {
        var job = Job(Required(StackGoods), Required(PackGoods));
        var declared = Score(job, Person([Has(StackGoods), Has(PackGoods)]));
        var experienced = Score(job, Person([], [Worked(Warehouse, years: 3)]));

        experienced.Score.ShouldBeGreaterThan(0);
        experienced.Score.ShouldBeLessThan(declared.Score);
        experienced.Missing.ShouldBeEmpty();
        experienced.MeetsAllRequired.ShouldBeFalse("experience is inferred: the matchmaker still confirms the competences");
        experienced.Counts.ShouldBe(new RequiredCounts(2, 2, 2, 0, 0));
        var match = experienced.Matched.First(m => m.CompetenceId == StackGoods);
        match.Experience.ShouldBe(new ExperienceCredit(Warehouse, 3, ExperienceContext.Work, UnitGroup: false));
        match.ProfileCompetenceId.ShouldBe(StackGoods);
        match.ProfileSource.ShouldBe(CompetenceSource.Work);
        match.Credit.ShouldBe(ScoreModel.ExperienceFactor(3, Options) * ScoreModel.LevelFit(1, ScoreModel.ExperienceLevel(3), Options), 1e-9);
    }

    [TestCase(0.5, 2)]
    [TestCase(2, 4)]
    [TestCase(4, 8)]
    public void Score_WhenMoreYearsOfExperience_GivesMoreCredit(double fewer, double more)
    {
        var job = Job(Required(StackGoods, minLevel: 3));

        var less = Score(job, Person([], [Worked(Warehouse, fewer)]));
        var most = Score(job, Person([], [Worked(Warehouse, more)]));

        most.Matched.Single().Credit.ShouldBeGreaterThan(less.Matched.Single().Credit);
        most.Score.ShouldBeGreaterThan(less.Score);
    }

    [Test]
    public void Score_WhenExperienceIsInAnotherOccupationOfTheUnitGroup_CreditsLowerAndSaysSo()
    {
        var job = Job(Required(CountStock));

        var own = Score(job, Person([], [Worked(StockClerk, 3)]));
        var group = Score(job, Person([], [Worked(Warehouse, 3)]));
        var elsewhere = Score(job, Person([], [Worked(ForkliftDriver, 3)]));

        group.Matched.Single().Experience!.UnitGroup.ShouldBeTrue();
        group.Matched.Single().Credit.ShouldBe(own.Matched.Single().Credit * Options.UnitGroupShare, 1e-9);
        group.Score.ShouldBeLessThan(own.Score);
        elsewhere.Matched.ShouldBeEmpty();
    }

    [TestCase(ExperienceContext.Work)]
    [TestCase(ExperienceContext.Volunteering)]
    [TestCase(ExperienceContext.Life)]
    public void Score_WhenExperienceWasInWorkVolunteeringOrLife_CountsTheSame(ExperienceContext context)
    {
        var job = Job(Required(StackGoods), Preferred(Teamwork));

        var work = Score(job, Person([], [Worked(Warehouse, 2)]));
        var other = Score(job, Person([], [new CandidateExperience(Warehouse, 2, context)]));

        other.Score.ShouldBe(work.Score);
    }

    [Test]
    public void Score_WhenAMoreSpecificRequirementIsCovered_ScoresHigherThanAGenericOne()
    {
        var job = Job(Required(StackGoods), Required(Teamwork));

        var specific = Score(job, Person([Has(StackGoods)]));
        var generic = Score(job, Person([Has(Teamwork)]));

        specific.Score.ShouldBeGreaterThan(generic.Score);
        var weights = (Specific: Options.OccupationSpecificWeight, Generic: Options.TransversalWeight);
        specific.Components.Competences!.Value.ShouldBe(100 * Options.DeclaredFactor * weights.Specific / (weights.Specific + weights.Generic), 0.1);
    }

    [Test]
    public void Score_WhenOnlyTheGenericRequirementsAreCovered_KeepsGenericCreditAloneOfTheirCredit()
    {
        var job = Job(Required(StackGoods), Required(OperateForklift), Required(Teamwork), Required(PackGoods));
        var prepared = Scorer.Prepare(job);
        var (specific, generic) = (prepared.WeightOf(0) + prepared.WeightOf(1), prepared.WeightOf(2) + prepared.WeightOf(3));

        var onlyGeneric = Score(job, Person([Has(Teamwork), Has(PackGoods)]));

        onlyGeneric.Components.Competences!.Value.ShouldBe(100 * Options.GenericCreditAlone * Options.DeclaredFactor * generic / (specific + generic), 0.1);
        onlyGeneric.Matched.Sum(m => m.Contribution).ShouldBe(onlyGeneric.Points.Competences, 0.05);
        onlyGeneric.Matched.ShouldAllBe(m => m.Credit == Options.DeclaredFactor, "the competence's own credit is shown; its weight in the score is what is cut");
    }

    [Test]
    public void Score_WhenEnoughOfTheSpecificRequirementsAreCovered_GivesGenericOnesTheirFullCredit()
    {
        var job = Job(Required(StackGoods), Required(OperateForklift), Required(Teamwork), Required(PackGoods));
        var prepared = Scorer.Prepare(job);
        var weights = Enumerable.Range(0, 4).Select(prepared.WeightOf).ToArray();
        var total = weights.Sum();
        double Expected(double specificCredit, double genericShare) =>
            100 * Options.DeclaredFactor * (specificCredit + (genericShare * (weights[2] + weights[3]))) / total;

        // One of the two specific ones covered: its weighted share of the specific required ones decides.
        var share = weights[1] / (weights[0] + weights[1]);
        var withOne = Score(job, Person([Has(OperateForklift), Has(Teamwork), Has(PackGoods)]));
        var both = Score(job, Person([Has(StackGoods), Has(OperateForklift), Has(Teamwork), Has(PackGoods)]));
        var genericShare = Options.GenericCreditAlone + ((1 - Options.GenericCreditAlone) * Math.Min(1, Options.DeclaredFactor * share / Options.SpecificCoverageForGeneric));

        genericShare.ShouldBeLessThan(1);
        withOne.Components.Competences!.Value.ShouldBe(Expected(weights[1], genericShare), 0.1);
        both.Components.Competences!.Value.ShouldBe(Expected(weights[0] + weights[1], 1), 0.1);
        both.MeetsAllRequired.ShouldBeTrue();
    }

    [Test]
    public void Score_WhenNothingSpecificIsRequired_GivesGenericCompetencesTheirFullCredit()
    {
        var job = Job(Required(Teamwork), Required(PackGoods), Preferred(StackGoods));

        var generic = Score(job, Person([Has(Teamwork), Has(PackGoods)]));

        generic.Components.Competences!.Value.ShouldBe(100 * Options.RequiredShare * Options.DeclaredFactor, 0.1);
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Score_WhenEverythingRequiredIsCovered_IsAtLeast80WhateverElse(int seed)
    {
        var random = new Random(seed);
        var pool = new[] { StackGoods, OperateForklift, CountStock, Teamwork, PackGoods, LabelGoods };
        for (var i = 0; i < 200; i++)
        {
            var asked = pool.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).ToList();
            var required = asked.Take(Math.Max(1, asked.Count / 2)).ToList();
            var job = new OpportunitySpec(
                Id(999),
                OpportunityKind.Job,
                asked.Select(c => new Requirement(c, random.Next(1, 5), required.Contains(c) ? Importance.Required : Importance.Preferred)).ToList(),
                [new LanguageRequirement("nl", CefrLevel.B1, Importance.Required), new LanguageRequirement("fr", CefrLevel.B2, Importance.Preferred)],
                random.NextDouble() < 0.5,
                new GeoPoint(51.219, 4.402),
                38,
                ["logistiek"]);

            // Every required competence at level, any evidence; nothing else: far away, few hours, no preferred skill.
            var person = new Candidate(
                Id(500),
                job.Requirements.Where(r => r.Importance == Importance.Required).Select(r => new CandidateCompetence(r.CompetenceId, r.MinLevel, CompetenceSource.Life, (Evidence)random.Next(1, 4))).ToList(),
                [new CandidateLanguage("nl", CefrLevel.B1, false)],
                new GeoPoint(51.340, 4.300),
                5,
                4,
                []);

            var result = Score(job, person);

            result.MeetsAllRequired.ShouldBeTrue();
            result.Score.ShouldBeGreaterThanOrEqualTo(80);
        }
    }

    [Test]
    public void Score_WhenHalfTheRequiredCompetencesAndTheAskedLanguages_IsWellAboveZero()
    {
        var job = Job([Required(StackGoods), Required(OperateForklift), Required(CountStock), Required(PackGoods), Preferred(Teamwork)], [new LanguageRequirement("nl", CefrLevel.B1, Importance.Required)]);

        var half = Score(job, Person([Has(StackGoods), Has(CountStock)], languages: [new CandidateLanguage("nl", CefrLevel.B1, false)]));

        half.MeetsAllRequired.ShouldBeFalse();
        half.Score.ShouldBeGreaterThan(40);
        half.Counts.ShouldBe(new RequiredCounts(4, 2, 2, 1, 1));
    }

    [TestCase(CompetenceSource.Life)]
    [TestCase(CompetenceSource.Volunteering)]
    [TestCase(CompetenceSource.Work)]
    public void Score_WhenLearnedInLifeOrCertifiedAtSchool_DiffersByNoMoreThanTheEvidenceBonus(CompetenceSource elsewhere)
    {
        var job = Job([Required(StackGoods, minLevel: 2), Required(OperateForklift, minLevel: 3), Preferred(Teamwork)], [new LanguageRequirement("nl", CefrLevel.A2, Importance.Required)]);
        CandidateCompetence[] Skills(CompetenceSource source, Evidence evidence) =>
            [new(StackGoods, 3, source, evidence), new(OperateForklift, 2, source, evidence), new(Teamwork, 4, source, evidence)];
        var languages = new[] { new CandidateLanguage("nl", CefrLevel.B1, false) };

        var school = Score(job, Person(Skills(CompetenceSource.Education, Evidence.Certified), languages: languages));
        var life = Score(job, Person(Skills(elsewhere, Evidence.Declared), languages: languages));
        var lifeCertified = Score(job, Person(Skills(elsewhere, Evidence.Certified), languages: languages));

        lifeCertified.Score.ShouldBe(school.Score);
        (school.Score - life.Score).ShouldBeInRange(0, 100 * (Options.CertifiedFactor - Options.DeclaredFactor));
        life.MeetsAllRequired.ShouldBe(school.MeetsAllRequired);
    }

    [Test]
    public void Score_PointsAddUpToTheScore()
    {
        var job = Job([Required(StackGoods), Preferred(PackGoods), Preferred(LabelGoods)], [new LanguageRequirement("nl", CefrLevel.B1, Importance.Required)], new GeoPoint(51.219, 4.402), 20);

        var result = Score(job, Person([Has(StackGoods), Has(PackGoods)], [Worked(StockClerk, 1)], [new CandidateLanguage("nl", CefrLevel.A2, false)], new GeoPoint(51.195, 4.428), 16));

        var p = result.Points;
        (p.Competences + p.Languages + p.Distance + p.Hours + p.Interests).ShouldBe(result.Score, 0.05);
        result.Matched.Sum(m => m.Contribution).ShouldBe(p.Competences, 0.05);
        result.Matched.ShouldContain(m => m.Experience != null && m.CompetenceId == LabelGoods);
    }

    [Test]
    public void Options_WhenTheRequiredShareCannotKeepTheCalibration_AreRefused()
    {
        new MatchingOptions { RequiredShare = 0.8, DeclaredFactor = 0.9, ConfirmedFactor = 0.95 }.Validate()
            .ShouldContain(e => e.Contains("at least 80"));
        new MatchingOptions { ExperienceFactorMax = 0.96 }.Validate()
            .ShouldContain(e => e.Contains("below a declared competence"));
        new MatchingOptions { SpecificCoverageForGeneric = 0.9 }.Validate()
            .ShouldContain(e => e.Contains("SpecificCoverageForGeneric"));
        new MatchingOptions().Validate().ShouldBeEmpty();
    }

    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    private static MatchResult Score(OpportunitySpec job, Candidate person) => Scorer.Score(Scorer.Prepare(job), person);

    private static Requirement Required(Guid id, int minLevel = 1) => new(id, minLevel, Importance.Required);

    private static Requirement Preferred(Guid id) => new(id, 1, Importance.Preferred);

    private static CandidateCompetence Has(Guid id, int level = 3) => new(id, level, CompetenceSource.Life, Evidence.Declared);

    private static CandidateExperience Worked(Guid occupation, double years) => new(occupation, years, ExperienceContext.Work);

    private static OpportunitySpec Job(params Requirement[] requirements) => Job(requirements, []);

    private static OpportunitySpec Job(Requirement[] requirements, LanguageRequirement[] languages, GeoPoint? location = null, double hours = 0) =>
        new(Id(999), OpportunityKind.Job, requirements, languages, false, location, hours, []);

    private static Candidate Person(
        CandidateCompetence[] competences,
        CandidateExperience[]? experiences = null,
        CandidateLanguage[]? languages = null,
        GeoPoint? location = null,
        double hours = 0) =>
        new(Id(500), competences, languages ?? [], location, 10, hours, []) { Experiences = experiences ?? [] };
}
