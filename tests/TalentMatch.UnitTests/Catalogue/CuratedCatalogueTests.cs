using TalentMatch.Domain.Catalogue;
using TalentMatch.Infrastructure.Catalogue;
using TalentMatch.Infrastructure.Seed;

namespace TalentMatch.UnitTests.Catalogue;

public sealed class CuratedCatalogueTests
{
    private const string OperateForklift = "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da";
    private const string ConductForkliftInspections = "http://data.europa.eu/esco/skill/3c84f7d9-7a3e-4343-814f-31de0aa61651";

    [Test]
    public void Load_GivesEveryCompetenceButGroupsItsReuseLevel()
    {
        var competences = CuratedCatalogue.Load().Competences;

        competences.Where(c => !c.IsGroup).ShouldAllBe(c => c.ReuseLevel != null);
        competences.Where(c => c.IsGroup).ShouldAllBe(c => c.ReuseLevel == null);
        competences.Where(c => !c.IsGroup).GroupBy(c => c.ReuseLevel!.Value).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ShouldBe(
        [
            (ReuseLevel.Transversal, 57),
            (ReuseLevel.CrossSector, 216),
            (ReuseLevel.SectorSpecific, 206),
            (ReuseLevel.OccupationSpecific, 16),
        ]);
    }

    [TestCase(OperateForklift, ReuseLevel.CrossSector)]
    [TestCase(ConductForkliftInspections, ReuseLevel.OccupationSpecific)]
    public void Load_TakesTheReuseLevelEscoGives(string escoUri, ReuseLevel expected)
    {
        CuratedCatalogue.Load().Competences.Single(c => c.EscoUri == escoUri).ReuseLevel.ShouldBe(expected);
    }

    [TestCase("transversal", ReuseLevel.Transversal)]
    [TestCase("cross-sector", ReuseLevel.CrossSector)]
    [TestCase("Sector-Specific", ReuseLevel.SectorSpecific)]
    [TestCase(" occupation-specific ", ReuseLevel.OccupationSpecific)]
    [TestCase("", null)]
    [TestCase("sectoral", null)]
    [TestCase(null, null)]
    public void Parse_ReadsEscoNames(string? name, ReuseLevel? expected)
    {
        EscoReuseLevels.Parse(name).ShouldBe(expected);
    }
}
