using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Catalogue;

namespace TalentMatch.FunctionalTests.Catalogue;

/// <summary>
/// Imports the committed ESCO extract (Fixtures/esco-extract: three occupations, their
/// competences with every broader group, in ESCO's own CSV files) twice into a host of its own,
/// so these tests run on any clone; the tests then read what the imports left behind.
/// <see cref="FullEscoImportTests"/> imports the full files when `../shared/data` is there.
/// </summary>
[NonParallelizable]
public sealed class EscoImportTests
{
    private const string CashierUri = "http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098";
    private const string StageManagerUri = "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34";
    private const string KitchenPorterUri = "http://data.europa.eu/esco/occupation/f756fdab-7726-4c48-bfcc-94ff8810fc08";
    private const string DutchUri = "http://data.europa.eu/esco/skill/cad4f44b-28a8-4448-86e5-7389e5ebf3eb";
    private const string UnderstandSpokenDutchUri = "http://data.europa.eu/esco/skill/347d33a8-3698-4549-a7de-722a0216ee40";
    private const string AdaptToChangeUri = "http://data.europa.eu/esco/skill/49de9958-2aa4-4eef-a89d-fe5d5bcd28c4";
    private const string SellServicesUri = "http://data.europa.eu/esco/skill/0eb05180-6927-4c35-b898-176e00d0488c";
    private const string CustomerServiceUri = "http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc";

    private static readonly string[] ExtractRelationFiles = ["broaderRelationsSkillPillar.csv", "skillSkillRelations.csv", "occupationSkillRelations.csv", "broaderRelationsOccPillar.csv"];

    private EscoImportHost _host = null!;
    private JsonElement _first;
    private JsonElement _second;
    private EscoImportHost.CatalogueCounts _afterFirst = null!;
    private EscoImportHost.CatalogueCounts _afterSecond = null!;

    [OneTimeSetUp]
    public async Task ImportTwiceAsync()
    {
        _host = await EscoImportHost.StartAsync();

        _first = await _host.ImportAsync([.. ClassificationFiles(), EscoImportHost.ExtractZip("esco-extract-relations.zip", ExtractRelationFiles), EscoImportHost.Extract("occupations_nl.csv")]);
        _afterFirst = await _host.CountAsync();

        // The same files again, with one Dutch label changed by a small extra-language file.
        var changed = "conceptUri,preferredLabel,altLabels\n" + StageManagerUri + ",inspiciënt podium,\"chef-inspiciënt\ntoneelmeester\"\n";
        _second = await _host.ImportAsync([.. ClassificationFiles(), EscoImportHost.ExtractZip("esco-extract-relations.zip", ExtractRelationFiles), EscoImportHost.Csv("occupations_nl.csv", changed)]);
        _afterSecond = await _host.CountAsync();
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
    public void Import_WithExtract_ReadsEveryRowAndLoadsEveryConceptAndRelation()
    {
        // Rows, not lines: skills_en.csv has 80 rows over 655 lines, as altLabels span several lines.
        var files = _first.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("rows").GetInt32());
        files.ShouldBe(new Dictionary<string, int>
        {
            ["skills_en.csv"] = 80,
            ["skillGroups_en.csv"] = 100,
            ["occupations_en.csv"] = 3,
            ["languageSkillsCollection_en.csv"] = 5,
            ["broaderRelationsSkillPillar.csv"] = 203,
            ["skillSkillRelations.csv"] = 4,
            ["occupationSkillRelations.csv"] = 49,
            ["occupations_nl.csv"] = 3,
        }, ignoreOrder: true);
        (_first.GetProperty("competencesAdded").GetInt32() + _first.GetProperty("competencesUpdated").GetInt32()).ShouldBe(80 + 100);
        (_first.GetProperty("occupationsAdded").GetInt32() + _first.GetProperty("occupationsUpdated").GetInt32()).ShouldBe(3);
        _first.GetProperty("broaderRelations").GetInt32().ShouldBe(203);
        _first.GetProperty("relatedRelations").GetInt32().ShouldBe(4);

        // One occupation-skill row names an occupation that occupations_en.csv does not hold (as in ESCO itself): skipped.
        _first.GetProperty("occupationCompetences").GetInt32().ShouldBe(48);
        _first.GetProperty("skippedRelations").GetInt32().ShouldBe(1);
        _first.GetProperty("ignoredFiles").EnumerateArray().Select(f => f.GetString()).ShouldBe(["esco-extract-relations.zip/broaderRelationsOccPillar.csv"]);
    }

    [Test]
    public async Task Import_WithExtract_StoresTheRelations()
    {
        var essential = await _host.QueryAsync(db => db.OccupationCompetences
            .Where(oc => db.Occupations.Any(o => o.Id == oc.OccupationId && o.EscoUri == CashierUri))
            .GroupBy(oc => oc.Relation).Select(g => new { Relation = g.Key, Count = g.Count() }).ToListAsync());
        essential.ToDictionary(e => e.Relation, e => e.Count).ShouldBe(new Dictionary<OccupationCompetenceRelation, int>
        {
            [OccupationCompetenceRelation.Essential] = 10,
            [OccupationCompetenceRelation.Optional] = 14,
        }, ignoreOrder: true);

        (await BroaderUrisAsync(UnderstandSpokenDutchUri)).ShouldBe([DutchUri]);
        (await RelatedUrisAsync(SellServicesUri)).ShouldBe([CustomerServiceUri]);
    }

    [Test]
    public async Task Import_WithMultiLineAltLabels_StoresEachLineAsALabel()
    {
        var cashier = await _host.QueryAsync(db => db.OccupationLabels
            .Where(l => l.Language == "en" && db.Occupations.Any(o => o.Id == l.OccupationId && o.EscoUri == CashierUri))
            .Select(l => l.Text).ToListAsync());
        cashier.ShouldBe(
            ["cashier", "supermarket cashier", "check out operator", "shop cashier", "toll booth attendant", "checkout operator", "department store cashier", "hypermarket cashier",
             "checkout assistant", "filling station cashier", "check out assistant", "checkout operative", "outlet centre cashier", "check out operative"],
            ignoreOrder: true);

        var adaptToChange = await _host.QueryAsync(db => db.CompetenceLabels
            .Where(l => l.Language == "en" && db.Competences.Any(c => c.Id == l.CompetenceId && c.EscoUri == AdaptToChangeUri))
            .Select(l => l.Text).ToListAsync());
        adaptToChange.ShouldContain("adapt to change");
        adaptToChange.ShouldContain("revise plans to deal with changes");
        adaptToChange.ShouldNotContain(text => text.Contains('\n'));
    }

    [Test]
    public async Task Import_WithLanguageCollection_TypesLanguageCompetences()
    {
        var types = await _host.QueryAsync(db => db.Competences.Where(c => c.EscoUri == DutchUri || c.EscoUri == UnderstandSpokenDutchUri).Select(c => c.Type).ToListAsync());

        types.ShouldBe([CompetenceType.Language, CompetenceType.Language]);
    }

    [TestCase("http://data.europa.eu/esco/skill/49de9958-2aa4-4eef-a89d-fe5d5bcd28c4", ReuseLevel.Transversal)] // adapt to change
    [TestCase("http://data.europa.eu/esco/skill/0eb05180-6927-4c35-b898-176e00d0488c", ReuseLevel.CrossSector)] // sell services
    [TestCase("http://data.europa.eu/esco/skill/05bc7677-5a64-4e0c-ade3-0140348d4125", ReuseLevel.SectorSpecific)] // organise rehearsals
    [TestCase("http://data.europa.eu/esco/skill/77526b41-a770-4d4e-975e-5a595f6544fe", ReuseLevel.OccupationSpecific)] // process loyalty schemes
    [TestCase("http://data.europa.eu/esco/skill/629685b8-5f9e-4522-8cff-b3e2c4ec625a", null)] // digital data processing: ESCO gives none
    public async Task Import_WithExtract_StoresTheSkillsReuseLevel(string escoUri, ReuseLevel? expected)
    {
        (await ReuseLevelAsync(escoUri)).ShouldBe(expected);
    }

    [Test]
    public async Task Import_WithExtract_GivesSkillGroupsNoReuseLevel()
    {
        var groupsWithLevel = await _host.QueryAsync(db => db.Competences.CountAsync(c => c.IsGroup && c.ReuseLevel != null));

        groupsWithLevel.ShouldBe(0);
    }

    [Test]
    public async Task Import_Twice_AddsNothingAndUpdatesTheLabel()
    {
        _second.GetProperty("competencesAdded").GetInt32().ShouldBe(0);
        _second.GetProperty("occupationsAdded").GetInt32().ShouldBe(0);
        _second.GetProperty("competencesUpdated").GetInt32().ShouldBe(80 + 100);
        _second.GetProperty("occupationsUpdated").GetInt32().ShouldBe(3);
        _afterSecond.ShouldBe(_afterFirst with { OccupationLabels = _afterSecond.OccupationLabels });

        var hits = await (await _host.Admin.GetAsync("/api/v1/occupations?q=inspiciënt%20podium&limit=3")).JsonAsync();
        hits.EnumerateArray().First().GetProperty("escoUri").GetString().ShouldBe(StageManagerUri);
        var dutch = await _host.QueryAsync(db => db.OccupationLabels.Where(l => l.Language == "nl" && db.Occupations.Any(o => o.Id == l.OccupationId && o.EscoUri == StageManagerUri)).ToListAsync());
        dutch.Single(l => l.IsPreferred).Text.ShouldBe("inspiciënt podium");
        dutch.Count.ShouldBe(3);
    }

    [Test]
    public async Task Import_WithReuseLevel_StoresItUpdatesItAndKeepsItWhenTheSourceHasNone()
    {
        const string uri = "http://example.org/skill/reuse-level";

        await ImportSkillAsync("conceptUri,skillType,reuseLevel,preferredLabel\n" + uri + ",skill/competence,occupation-specific,steer a reach truck\n");
        (await ReuseLevelAsync(uri)).ShouldBe(ReuseLevel.OccupationSpecific);

        await ImportSkillAsync("conceptUri,skillType,preferredLabel\n" + uri + ",skill/competence,steer a reach truck\n");
        (await ReuseLevelAsync(uri)).ShouldBe(ReuseLevel.OccupationSpecific);

        await ImportSkillAsync("conceptUri,skillType,reuseLevel,preferredLabel\n" + uri + ",skill/competence,,steer a reach truck\n");
        (await ReuseLevelAsync(uri)).ShouldBe(ReuseLevel.OccupationSpecific);

        await ImportSkillAsync("conceptUri,skillType,reuseLevel,preferredLabel\n" + uri + ",skill/competence,sector-specific,steer a reach truck\n");
        (await ReuseLevelAsync(uri)).ShouldBe(ReuseLevel.SectorSpecific);
    }

    [TestCase("kassierster", CashierUri)]
    [TestCase("afwashulp", KitchenPorterUri)]
    public async Task SearchOccupations_InDutchAfterImport_FindsTheOccupation(string query, string escoUri)
    {
        var response = await _host.Admin.GetAsync($"/api/v1/occupations?q={query}&limit=10");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var hits = await response.JsonAsync();
        hits.EnumerateArray().Select(h => h.GetProperty("escoUri").GetString()).ShouldContain(escoUri);
    }

    [Test]
    public async Task Import_WithMissingColumn_Returns400NamingTheFile()
    {
        var response = await _host.PostAsync(EscoImportHost.Csv("skills_en.csv", "conceptType,skillType,preferredLabel\nKnowledgeSkillCompetence,knowledge,welding\n"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("files")[0].GetString().ShouldBe("skills_en.csv: missing column 'conceptUri'.");
    }

    [Test]
    public async Task Import_WithBrokenQuoteAfterGoodFiles_Returns400NamingFileAndLineAndWritesNothing()
    {
        var before = await _host.CountAsync();
        var newSkill = "conceptUri,skillType,reuseLevel,preferredLabel,altLabels\nhttp://example.org/skill/new,knowledge,cross-sector,brand new skill,\n";
        var broken = "occupationUri,relationType,skillType,skillUri\n"
            + StageManagerUri + ",essential,knowledge,http://example.org/skill/new\n"
            + StageManagerUri + ",optional,knowledge,\"http://example.org/skill/unclosed\n";

        var response = await _host.PostAsync(EscoImportHost.Csv("skills_en.csv", newSkill), EscoImportHost.Csv("occupationSkillRelations.csv", broken));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("files")[0].GetString().ShouldStartWith("occupationSkillRelations.csv, line 3:");
        (await _host.CountAsync()).ShouldBe(before);
    }

    [Test]
    public async Task Import_WithWrongCellCount_Returns400NamingFileAndLine()
    {
        var csv = "conceptUri,preferredLabel,altLabels\n" + CashierUri + ",kassamedewerker,\"kassière\ncaissière\"\n" + CashierUri + ",kassamedewerker\n";

        var response = await _host.PostAsync(EscoImportHost.Csv("occupations_nl.csv", csv));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("files")[0].GetString().ShouldBe("occupations_nl.csv, line 4: the row has 2 cells but the header has 3.");
    }

    [Test]
    public async Task Import_WithACorruptZip_Returns400NamingTheFile()
    {
        var corrupt = new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, .. Encoding.ASCII.GetBytes("not really a zip archive")]);
        corrupt.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "files", FileName = "ESCO dataset - v1.2.0 - classification - en - csv.zip" };

        var response = await _host.PostAsync(corrupt);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("files")[0].GetString()!.ShouldStartWith("ESCO dataset - v1.2.0 - classification - en - csv.zip");
    }

    [TestCase("multipart/form-data", "--abc\r\nContent-Disposition: form-data; name=\"files\"; filename=\"skills_en.csv\"\r\n\r\nconceptUri\r\n--abc--\r\n")]
    [TestCase("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"files\"; filename=\"skills_en.csv\"\r\n\r\nconceptUri,preferredLabel\r\nhttp://example.org/")]
    [TestCase("multipart/form-data; boundary=abc", "this is no multipart body at all")]
    public async Task Import_WithABrokenMultipartBody_Returns400(string contentType, string body)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await _host.Admin.PostAsync("/api/v1/catalogue/imports/esco", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Import_WithJsonBody_Returns415Problem()
    {
        var response = await _host.Admin.PostAsJsonAsync("/api/v1/catalogue/imports/esco", new { files = "skills_en.csv" });

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Import_AsJobSeeker_Returns403()
    {
        var email = $"seeker-{Guid.NewGuid():N}@test.local";
        await (await _host.Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = "Long-Enough-Password" })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        using var seeker = await _host.SignInAsync(email, "Long-Enough-Password");

        var response = await seeker.PostAsync("/api/v1/catalogue/imports/esco", EscoImportHost.Files(EscoImportHost.Csv("occupations_nl.csv", "conceptUri,preferredLabel\n")));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>The classification files of the extract, loose, as an admin may upload them.</summary>
    private static HttpContent[] ClassificationFiles() =>
        [EscoImportHost.Extract("skills_en.csv"), EscoImportHost.Extract("skillGroups_en.csv"), EscoImportHost.Extract("occupations_en.csv"), EscoImportHost.Extract("languageSkillsCollection_en.csv")];

    private async Task ImportSkillAsync(string skillsCsv) => await _host.ImportAsync(EscoImportHost.Csv("skills_en.csv", skillsCsv));

    private Task<ReuseLevel?> ReuseLevelAsync(string escoUri) =>
        _host.QueryAsync(db => db.Competences.Where(c => c.EscoUri == escoUri).Select(c => c.ReuseLevel).SingleAsync());

    private Task<List<string?>> BroaderUrisAsync(string escoUri) => _host.QueryAsync(db => db.CompetenceBroaders
        .Where(b => db.Competences.Any(c => c.Id == b.CompetenceId && c.EscoUri == escoUri))
        .Select(b => db.Competences.Where(c => c.Id == b.BroaderId).Select(c => c.EscoUri).Single()).ToListAsync());

    private Task<List<string?>> RelatedUrisAsync(string escoUri) => _host.QueryAsync(db => db.CompetenceRelations
        .Where(r => db.Competences.Any(c => c.Id == r.CompetenceId && c.EscoUri == escoUri))
        .Select(r => db.Competences.Where(c => c.Id == r.RelatedId).Select(c => c.EscoUri).Single()).ToListAsync());
}
