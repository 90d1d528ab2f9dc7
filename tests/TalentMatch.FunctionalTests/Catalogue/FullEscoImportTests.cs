using System.Net;
using System.Text.Json;
using TalentMatch.Domain.Catalogue;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Catalogue;

/// <summary>
/// Imports the full ESCO 1.1.1 files from `../shared/data` once into a host of its own and checks
/// the counts only the full files have. Without `../shared/data` (a fresh clone) the fixture is
/// skipped with the reason; <see cref="EscoImportTests"/> covers the importer on the extract.
/// </summary>
[NonParallelizable]
public sealed class FullEscoImportTests
{
    private const string CashierUri = "http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098";

    private const string ParamedicUri = "http://data.europa.eu/esco/occupation/0b5dfc02-b825-4445-811d-d39ed442657e";

    private const string PerfusionScientistUri = "http://data.europa.eu/esco/occupation/57a73b7c-cf10-4852-b067-c25833fa149e";

    private EscoImportHost? _host;
    private JsonElement _import;
    private EscoImportHost.CatalogueCounts _counts = null!;
    private List<(ReuseLevel Level, int Count)> _reuseLevels = null!;

    [OneTimeSetUp]
    public async Task ImportOnceAsync()
    {
        var classification = SharedData.Require("esco/esco-v1.1.1-classification-en-csv.zip");
        var relations = SharedData.Require("esco/esco-v1.1.1-relations-csv.zip");
        var dutch = SharedData.Require("esco-nl/occupations_nl.csv");

        _host = await EscoImportHost.StartAsync();
        _import = await _host.ImportAsync(EscoImportHost.Upload(classification), EscoImportHost.Upload(relations), EscoImportHost.Upload(dutch));
        _counts = await _host.CountAsync();
        _reuseLevels = await _host.CountReuseLevelsAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Test]
    public void Import_WithFullEsco_LoadsEveryConceptAndRelation()
    {
        // The curated seed is a subset of ESCO: the full import adds the rest and updates the seed's concepts.
        (_import.GetProperty("competencesAdded").GetInt32() + _import.GetProperty("competencesUpdated").GetInt32()).ShouldBe(13_896 + 640);
        (_import.GetProperty("occupationsAdded").GetInt32() + _import.GetProperty("occupationsUpdated").GetInt32()).ShouldBe(3_007);
        _counts.Skills.ShouldBeGreaterThanOrEqualTo(13_896);
        _counts.Groups.ShouldBeGreaterThanOrEqualTo(640);
        _counts.Occupations.ShouldBeGreaterThanOrEqualTo(3_007);

        // 67 of the 123,855 occupation-skill rows name an occupation that occupations_en.csv does not
        // contain, 7 broader relations name concepts outside the skill pillar, and one skill is
        // related to itself: 75 relations reported as skipped.
        var files = _import.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("rows").GetInt32());
        files["occupationSkillRelations.csv"].ShouldBe(123_855);
        _import.GetProperty("occupationCompetences").GetInt32().ShouldBe(123_788);
        _import.GetProperty("broaderRelations").GetInt32().ShouldBe(20_649);
        _import.GetProperty("relatedRelations").GetInt32().ShouldBe(5_898);
        _import.GetProperty("skippedRelations").GetInt32().ShouldBe(75);
        _counts.OccupationCompetences.ShouldBeGreaterThanOrEqualTo(123_788);
        _import.GetProperty("ignoredFiles").EnumerateArray().Select(f => f.GetString()).ShouldContain("esco-v1.1.1-relations-csv.zip/broaderRelationsOccPillar.csv");
    }

    [Test]
    public void Import_WithFullEsco_TypesEveryLanguageCompetence()
    {
        _counts.Languages.ShouldBe(346);
    }

    [Test]
    public void Import_WithFullEsco_StoresEverySkillsReuseLevel()
    {
        // skills_en.csv: 440 transversal, 3,754 cross-sector, 6,654 sector-specific and 3,043
        // occupation-specific skills; 5 rows say nothing, and skill groups have no reuse level.
        _reuseLevels.ShouldBe(
        [
            (ReuseLevel.Transversal, 440),
            (ReuseLevel.CrossSector, 3_754),
            (ReuseLevel.SectorSpecific, 6_654),
            (ReuseLevel.OccupationSpecific, 3_043),
        ]);
    }

    [Test]
    public async Task SearchOccupations_InDutchAmongEveryOccupation_FindsTheCashier()
    {
        var response = await _host!.Admin.GetAsync("/api/v1/occupations?q=kassierster&limit=10");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var hits = await response.JsonAsync();
        hits.EnumerateArray().Select(h => h.GetProperty("escoUri").GetString()).ShouldContain(CashierUri);
    }

    [Test]
    public async Task SearchOccupations_ForAnAmbulanceTitle_AlsoProposesAnOccupationThatSharesItsEssentialSkills()
    {
        // "ambulancier" finds the ambulance occupations by their words. The clinical perfusion
        // scientist shares no word with it and is in another ISCO unit group, but shares nine
        // essential skills (human anatomy, hygiene in a health care setting, ...) with the paramedic
        // in emergency responses: only what the occupations do, which the search reads from the
        // imported catalogue, brings it in.
        var response = await _host!.Admin.GetAsync("/api/v1/occupations?q=ambulancier&limit=10");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var hits = (await response.JsonAsync()).EnumerateArray().Select(h => h.GetProperty("escoUri").GetString()).ToList();
        hits.ShouldContain(ParamedicUri);
        hits.ShouldContain(PerfusionScientistUri);
        hits.IndexOf(PerfusionScientistUri).ShouldBeGreaterThan(hits.IndexOf(ParamedicUri));
    }
}
