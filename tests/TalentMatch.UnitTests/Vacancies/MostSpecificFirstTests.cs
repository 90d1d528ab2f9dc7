using TalentMatch.Application.Features.Vacancies;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Matching;

namespace TalentMatch.UnitTests.Vacancies;

public sealed class MostSpecificFirstTests
{
    private const int Occupations = 3000;

    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid D = Guid.Parse("00000000-0000-0000-0000-00000000000d");
    private static readonly Guid E = Guid.Parse("00000000-0000-0000-0000-00000000000e");

    private static readonly MatchingOptions Defaults = new();

    [Test]
    public void MostSpecificFirst_WhenEquallyRare_OrdersByReuseLevelWithUnknownAsCrossSector()
    {
        var ordered = CreateVacancyFromOccupationCommandHandler.MostSpecificFirst(
        [
            new(A, ReuseLevel.Transversal, 1),
            new(C, ReuseLevel.CrossSector, 1),
            new(B, null, 1),
            new(D, ReuseLevel.OccupationSpecific, 1),
            new(E, ReuseLevel.SectorSpecific, 1),
        ], Occupations, Defaults);

        ordered.ShouldBe([D, E, B, C, A]);
    }

    [Test]
    public void MostSpecificFirst_PutsARareSectorSkillBeforeACommonOccupationSkill_AsTheScoreWeighsThem()
    {
        // Occupation-specific weighs 1.3, sector-specific 1.0; essential in 50 occupations of 3,000 the
        // rarity is ln(1 + 3000/51) = 4.09, in one ln(1 + 1500) = 7.31: 5.3 against 7.3.
        var ordered = CreateVacancyFromOccupationCommandHandler.MostSpecificFirst(
        [
            new(D, ReuseLevel.OccupationSpecific, 50),
            new(E, ReuseLevel.SectorSpecific, 1),
        ], Occupations, Defaults);

        ordered.ShouldBe([E, D]);
    }

    [Test]
    public void MostSpecificFirst_WhenRarityIsOff_StillPutsTheRarestFirstWithinALevel()
    {
        var ordered = CreateVacancyFromOccupationCommandHandler.MostSpecificFirst(
        [
            new(A, ReuseLevel.SectorSpecific, 9),
            new(D, ReuseLevel.OccupationSpecific, 50),
            new(B, ReuseLevel.SectorSpecific, 1),
            new(C, ReuseLevel.SectorSpecific, 4),
        ], Occupations, new MatchingOptions { RarityExponent = 0 });

        ordered.ShouldBe([D, B, C, A]);
    }

    [Test]
    public void MostSpecificFirst_WhenEquallySpecificAndRare_OrdersById()
    {
        var ordered = CreateVacancyFromOccupationCommandHandler.MostSpecificFirst(
        [
            new(C, ReuseLevel.CrossSector, 2),
            new(A, ReuseLevel.CrossSector, 2),
            new(B, ReuseLevel.CrossSector, 2),
        ], Occupations, Defaults);

        ordered.ShouldBe([A, B, C]);
    }

    [Test]
    public void MostSpecificFirst_FollowsTheWeightTheScoreGivesEachRequirement()
    {
        // A small catalogue: 40 occupations; each competence essential in a different number of them.
        var levels = new (Guid Competence, ReuseLevel Level)[]
        {
            (A, ReuseLevel.Transversal), (B, ReuseLevel.CrossSector), (C, ReuseLevel.SectorSpecific),
            (D, ReuseLevel.OccupationSpecific), (E, ReuseLevel.SectorSpecific),
        };
        var essentialIn = new Dictionary<Guid, int> { [A] = 1, [B] = 2, [C] = 12, [D] = 30, [E] = 3 };
        var occupations = Enumerable.Range(0, 40)
            .Select(i => new OccupationSkills(Guid.NewGuid(), null, essentialIn.Where(e => i < e.Value).Select(e => e.Key).ToList()))
            .ToList();
        var taxonomy = new Taxonomy([], [], levels, occupations);

        var byScoreWeight = essentialIn.Keys
            .OrderByDescending(id => ScoreModel.RequirementWeight(new Requirement(id, 2, Importance.Required), taxonomy, Defaults))
            .ToList();
        var drafted = CreateVacancyFromOccupationCommandHandler.MostSpecificFirst(
            essentialIn.Select(e => new EssentialCompetence(e.Key, levels.Single(l => l.Competence == e.Key).Level, e.Value)),
            taxonomy.OccupationCount,
            Defaults);

        drafted.ShouldBe(byScoreWeight);
        drafted.ShouldBe([E, C, D, B, A]);
    }
}
