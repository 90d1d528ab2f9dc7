using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Domain.Catalogue;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.FunctionalTests.Catalogue;

/// <summary>
/// Imports the real ESCO files once into a host of its own, so the shared test database stays
/// small; the tests then read what the import left behind.
/// </summary>
[NonParallelizable]
public sealed class EscoImportTests
{
    private const string CashierUri = "http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098";
    private const string StageManagerUri = "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34";

    private TalentMatchFactory _factory = null!;
    private HttpClient _admin = null!;
    private JsonElement _first;
    private JsonElement _second;
    private CatalogueCounts _afterFirst = null!;
    private CatalogueCounts _afterSecond = null!;
    private List<(ReuseLevel Level, int Count)> _reuseLevelsAfterFirst = null!;

    private static string DataFolder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !System.IO.File.Exists(Path.Combine(folder.FullName, "TalentMatch.sln")))
            {
                folder = folder.Parent;
            }

            return Path.GetFullPath(Path.Combine(folder?.FullName ?? throw new InvalidOperationException("TalentMatch.sln not found."), "..", "shared", "data"));
        }
    }

    private static string ClassificationZip => Path.Combine(DataFolder, "esco", "esco-v1.1.1-classification-en-csv.zip");
    private static string RelationsZip => Path.Combine(DataFolder, "esco", "esco-v1.1.1-relations-csv.zip");
    private static string DutchOccupations => Path.Combine(DataFolder, "esco-nl", "occupations_nl.csv");

    [OneTimeSetUp]
    public async Task ImportOnceAsync()
    {
        _factory = new TalentMatchFactory();
        await _factory.InitialiseAsync();
        _admin = await SignInAsync(TalentMatchFactory.AdminEmail, TalentMatchFactory.AdminPassword);

        var first = await _admin.PostAsync("/api/v1/catalogue/imports/esco", Files(Upload(ClassificationZip), Upload(RelationsZip), Upload(DutchOccupations)));
        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        _first = await first.JsonAsync();
        _afterFirst = await CountAsync();
        _reuseLevelsAfterFirst = await CountReuseLevelsAsync();

        // The same files again, with one Dutch label changed by a small extra-language file.
        var changed = "conceptUri,preferredLabel,altLabels\n" + StageManagerUri + ",inspiciënt podium,\"chef-inspiciënt\ntoneelmeester\"\n";
        var second = await _admin.PostAsync("/api/v1/catalogue/imports/esco", Files(Upload(ClassificationZip), Upload(RelationsZip), Csv("occupations_nl.csv", changed)));
        await second.ShouldHaveStatusAsync(HttpStatusCode.OK);
        _second = await second.JsonAsync();
        _afterSecond = await CountAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _admin?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    [Test]
    public void Import_WithFullEsco_LoadsEveryConceptAndRelation()
    {
        // The curated seed is a subset of ESCO: the full import adds the rest and updates the seed's concepts.
        (_first.GetProperty("competencesAdded").GetInt32() + _first.GetProperty("competencesUpdated").GetInt32()).ShouldBe(13_896 + 640);
        (_first.GetProperty("occupationsAdded").GetInt32() + _first.GetProperty("occupationsUpdated").GetInt32()).ShouldBe(3_007);
        _afterFirst.Skills.ShouldBeGreaterThanOrEqualTo(13_896);
        _afterFirst.Groups.ShouldBeGreaterThanOrEqualTo(640);
        _afterFirst.Occupations.ShouldBeGreaterThanOrEqualTo(3_007);

        // 67 of the 123,855 occupation-skill rows name skills that skills_en.csv does not contain: reported as skipped.
        var files = _first.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("rows").GetInt32());
        files["occupationSkillRelations.csv"].ShouldBe(123_855);
        _first.GetProperty("occupationCompetences").GetInt32().ShouldBe(123_788);
        _first.GetProperty("broaderRelations").GetInt32().ShouldBe(20_649);
        _first.GetProperty("relatedRelations").GetInt32().ShouldBe(5_898);
        _first.GetProperty("skippedRelations").GetInt32().ShouldBe(75);
        _afterFirst.OccupationCompetences.ShouldBeGreaterThanOrEqualTo(123_788);
        _first.GetProperty("ignoredFiles").EnumerateArray().Select(f => f.GetString()).ShouldContain("esco-v1.1.1-relations-csv.zip/broaderRelationsOccPillar.csv");
    }

    [Test]
    public void Import_WithLanguageCollection_TypesLanguageCompetences()
    {
        _afterFirst.Languages.ShouldBe(346);
    }

    [Test]
    public async Task Import_Twice_AddsNothingAndUpdatesTheLabel()
    {
        _second.GetProperty("competencesAdded").GetInt32().ShouldBe(0);
        _second.GetProperty("occupationsAdded").GetInt32().ShouldBe(0);
        _afterSecond.ShouldBe(_afterFirst with { OccupationLabels = _afterSecond.OccupationLabels });

        var hits = await (await _admin.GetAsync("/api/v1/occupations?q=inspiciënt%20podium&limit=3")).JsonAsync();
        hits.EnumerateArray().First().GetProperty("escoUri").GetString().ShouldBe(StageManagerUri);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        var dutch = await db.OccupationLabels.Where(l => l.Language == "nl" && db.Occupations.Any(o => o.Id == l.OccupationId && o.EscoUri == StageManagerUri)).ToListAsync();
        dutch.Single(l => l.IsPreferred).Text.ShouldBe("inspiciënt podium");
        dutch.Count.ShouldBe(3);
    }

    [Test]
    public void Import_WithFullEsco_StoresEverySkillsReuseLevel()
    {
        // skills_en.csv: 440 transversal, 3,754 cross-sector, 6,654 sector-specific and 3,043
        // occupation-specific skills; 5 rows say nothing, and skill groups have no reuse level.
        _reuseLevelsAfterFirst.ShouldBe(
        [
            (ReuseLevel.Transversal, 440),
            (ReuseLevel.CrossSector, 3_754),
            (ReuseLevel.SectorSpecific, 6_654),
            (ReuseLevel.OccupationSpecific, 3_043),
        ]);
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

    [Test]
    public async Task SearchOccupations_InDutchAfterImport_FindsTheCashier()
    {
        var response = await _admin.GetAsync("/api/v1/occupations?q=kassierster&limit=10");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var hits = await response.JsonAsync();
        hits.EnumerateArray().Select(h => h.GetProperty("escoUri").GetString()).ShouldContain(CashierUri);
    }

    [Test]
    public async Task Import_WithMissingColumn_Returns400NamingTheFile()
    {
        var response = await _admin.PostAsync("/api/v1/catalogue/imports/esco", Files(Csv("skills_en.csv", "conceptType,skillType,preferredLabel\nKnowledgeSkillCompetence,knowledge,welding\n")));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("files")[0].GetString().ShouldBe("skills_en.csv: missing column 'conceptUri'.");
    }

    [Test]
    public async Task Import_WithBrokenQuoteAfterGoodFiles_Returns400NamingFileAndLineAndWritesNothing()
    {
        var before = await CountAsync();
        var newSkill = "conceptUri,skillType,reuseLevel,preferredLabel,altLabels\nhttp://example.org/skill/new,knowledge,cross-sector,brand new skill,\n";
        var broken = "occupationUri,relationType,skillType,skillUri\n"
            + StageManagerUri + ",essential,knowledge,http://example.org/skill/new\n"
            + StageManagerUri + ",optional,knowledge,\"http://example.org/skill/unclosed\n";

        var response = await _admin.PostAsync("/api/v1/catalogue/imports/esco", Files(Csv("skills_en.csv", newSkill), Csv("occupationSkillRelations.csv", broken)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("files")[0].GetString().ShouldStartWith("occupationSkillRelations.csv, line 3:");
        (await CountAsync()).ShouldBe(before);
    }

    [Test]
    public async Task Import_WithWrongCellCount_Returns400NamingFileAndLine()
    {
        var csv = "conceptUri,preferredLabel,altLabels\n" + CashierUri + ",kassamedewerker,\"kassière\ncaissière\"\n" + CashierUri + ",kassamedewerker\n";

        var response = await _admin.PostAsync("/api/v1/catalogue/imports/esco", Files(Csv("occupations_nl.csv", csv)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("files")[0].GetString().ShouldBe("occupations_nl.csv, line 4: the row has 2 cells but the header has 3.");
    }

    [Test]
    public async Task Import_WithJsonBody_Returns415Problem()
    {
        var response = await _admin.PostAsJsonAsync("/api/v1/catalogue/imports/esco", new { files = "skills_en.csv" });

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Import_AsJobSeeker_Returns403()
    {
        var email = $"seeker-{Guid.NewGuid():N}@test.local";
        await (await _factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = "Long-Enough-Password" })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        using var seeker = await SignInAsync(email, "Long-Enough-Password");

        var response = await seeker.PostAsync("/api/v1/catalogue/imports/esco", Files(Csv("occupations_nl.csv", "conceptUri,preferredLabel\n")));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<HttpClient> SignInAsync(string email, string password)
    {
        var login = await _factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        await login.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.JsonAsync()).GetProperty("accessToken").GetString());
        return client;
    }

    private async Task ImportSkillAsync(string skillsCsv)
    {
        var response = await _admin.PostAsync("/api/v1/catalogue/imports/esco", Files(Csv("skills_en.csv", skillsCsv)));
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    private async Task<ReuseLevel?> ReuseLevelAsync(string escoUri)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        return await db.Competences.Where(c => c.EscoUri == escoUri).Select(c => c.ReuseLevel).SingleAsync();
    }

    /// <summary>How many competences have each reuse level, least specific first.</summary>
    private async Task<List<(ReuseLevel Level, int Count)>> CountReuseLevelsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        var counts = await db.Competences.Where(c => c.ReuseLevel != null)
            .GroupBy(c => c.ReuseLevel!.Value)
            .Select(g => new { Level = g.Key, Count = g.Count() })
            .ToListAsync();
        return counts.OrderBy(c => c.Level).Select(c => (c.Level, c.Count)).ToList();
    }

    private async Task<CatalogueCounts> CountAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        return new CatalogueCounts(
            await db.Competences.CountAsync(c => !c.IsGroup),
            await db.Competences.CountAsync(c => c.IsGroup),
            await db.Competences.CountAsync(c => c.Type == Domain.Catalogue.CompetenceType.Language),
            await db.Occupations.CountAsync(),
            await db.OccupationLabels.CountAsync(),
            await db.OccupationCompetences.CountAsync());
    }

    private static MultipartFormDataContent Files(params HttpContent[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var file in files)
        {
            content.Add(file, "files", file.Headers.ContentDisposition!.FileName!);
        }

        return content;
    }

    private static StreamContent Upload(string path)
    {
        var content = new StreamContent(System.IO.File.OpenRead(path));
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { FileName = Path.GetFileName(path) };
        return content;
    }

    private static ByteArrayContent Csv(string name, string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { FileName = name };
        return content;
    }

    private sealed record CatalogueCounts(int Skills, int Groups, int Languages, int Occupations, int OccupationLabels, int OccupationCompetences);
}
