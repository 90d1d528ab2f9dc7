using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Domain.Common;

namespace TalentMatch.FunctionalTests.Catalogue;

public sealed class CatalogueTests : FunctionalTest
{
    [TestCase("heftruck")]
    [TestCase("forklift")]
    [TestCase("HEFTRUCK")]
    public async Task ListCompetences_WhenSearchingDutchOrEnglish_FindsOperateForklift(string q)
    {
        using var client = await Testing.AsAsync(Roles.Matchmaker);

        var page = await GetOkAsync(client, $"/api/v1/competences?q={q}");

        var uris = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("escoUri").GetString()).ToList();
        uris.ShouldContain(CatalogueData.OperateForklift);
    }

    [Test]
    public async Task ListCompetences_WhenQueryHasOtherCaseAndNoAccents_FindsAccentedLabel()
    {
        using var client = await Testing.AsAsync(Roles.Matchmaker);

        var page = await GetOkAsync(client, "/api/v1/competences?q=PATIENTEN%20HELPEN");

        var labels = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("labels").GetProperty("nl").GetString()).ToList();
        labels.ShouldContain("patiënten helpen bij dagelijkse zorg");
    }

    [Test]
    public async Task ListCompetences_WhenQueryHasAccentsTheLabelLacks_StillFinds()
    {
        using var client = await Testing.AsAsync(Roles.Matchmaker);

        var page = await GetOkAsync(client, "/api/v1/competences?q=h%C3%A9ftr%C3%BCck");

        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("escoUri").GetString()).ShouldContain(CatalogueData.OperateForklift);
    }

    [TestCase("transversal")]
    [TestCase("knowledge")]
    [TestCase("language")]
    [TestCase("Skill")]
    public async Task ListCompetences_WhenFilteredByType_ReturnsOnlyThatType(string type)
    {
        using var client = await Testing.AsAsync(Roles.Matchmaker);

        var page = await GetOkAsync(client, $"/api/v1/competences?type={type}&pageSize=200");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.ShouldNotBeEmpty();
        items.ShouldAllBe(i => i.GetProperty("type").GetString() == type.ToLowerInvariant());
    }

    [Test]
    public async Task ListCompetences_WhenPaging_ReturnsPageShapeAndDistinctPages()
    {
        using var client = await Testing.AsAsync(Roles.Matchmaker);

        var first = await GetOkAsync(client, "/api/v1/competences?page=1&pageSize=10");
        var second = await GetOkAsync(client, "/api/v1/competences?page=2&pageSize=10");

        first.GetProperty("page").GetInt32().ShouldBe(1);
        first.GetProperty("pageSize").GetInt32().ShouldBe(10);
        first.GetProperty("total").GetInt32().ShouldBeGreaterThan(400);
        first.GetProperty("items").GetArrayLength().ShouldBe(10);
        second.GetProperty("total").GetInt32().ShouldBe(first.GetProperty("total").GetInt32());
        Ids(first).Intersect(Ids(second)).ShouldBeEmpty();
    }

    [Test]
    public async Task ListCompetences_WhenPageSizeIs200_ReturnsAtMost200()
    {
        using var client = await Testing.AsAsync(Roles.Matchmaker);

        var page = await GetOkAsync(client, "/api/v1/competences?pageSize=200");

        page.GetProperty("items").GetArrayLength().ShouldBe(200);
    }

    [TestCase("pageSize=201", "pageSize")]
    [TestCase("pageSize=0", "pageSize")]
    [TestCase("page=0", "page")]
    public async Task ListCompetences_WhenPagingOutOfRange_Returns400NamingIt(string query, string field)
    {
        using var client = await Testing.AsAsync(Roles.Matchmaker);

        var response = await client.GetAsync($"/api/v1/competences?{query}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldContain(field);
    }

    [TestCase("hobby")]
    [TestCase("99")]
    [TestCase("1")]
    public async Task ListCompetences_WhenTypeUnknown_Returns400NamingType(string type)
    {
        using var client = await Testing.AsAsync(Roles.Matchmaker);

        var response = await client.GetAsync($"/api/v1/competences?type={type}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldBe(["type"]);
    }

    [Test]
    public async Task GetCompetence_WhenKnown_ReturnsDutchAndEnglishLabels()
    {
        using var client = await Testing.AsAsync(Roles.JobSeeker);
        var id = await CatalogueData.CompetenceIdAsync(CatalogueData.OperateForklift);

        var competence = await GetOkAsync(client, $"/api/v1/competences/{id}");

        competence.GetProperty("id").GetGuid().ShouldBe(id);
        competence.GetProperty("escoUri").GetString().ShouldBe(CatalogueData.OperateForklift);
        competence.GetProperty("labels").GetProperty("nl").GetString().ShouldBe("heftruck besturen");
        competence.GetProperty("labels").GetProperty("en").GetString().ShouldBe("operate forklift");
        competence.GetProperty("label").GetString().ShouldBe("heftruck besturen");
        competence.GetProperty("type").GetString().ShouldBe("skill");
        competence.GetProperty("reuseLevel").GetString().ShouldBe("crossSector");
        competence.GetProperty("broaderIds").GetArrayLength().ShouldBeGreaterThan(0);
        competence.GetProperty("altLabels").GetProperty("en").EnumerateArray().Select(l => l.GetString()).ShouldContain("drive forklift");
    }

    [Test]
    public async Task GetCompetence_WhenUnknown_Returns404Problem()
    {
        using var client = await Testing.AsAsync(Roles.Matchmaker);

        var response = await client.GetAsync($"/api/v1/competences/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("en", "operate forklift")]
    [TestCase("nl", "heftruck besturen")]
    [TestCase("en-GB,en;q=0.9", "operate forklift")]
    public async Task GetCompetence_WithAcceptLanguage_ChoosesTheLabel(string acceptLanguage, string expected)
    {
        using var client = await Testing.AsAsync(Roles.Matchmaker);
        var id = await CatalogueData.CompetenceIdAsync(CatalogueData.OperateForklift);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/competences/{id}");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var response = await client.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("label").GetString().ShouldBe(expected);
    }

    [Test]
    public async Task CreateCompetence_AsAdmin_Returns201AndIsSearchable()
    {
        using var admin = await Testing.AsAdminAsync();
        var broader = await CatalogueData.CompetenceIdAsync(CatalogueData.LiftHeavyWeights);

        var response = await admin.PostAsJsonAsync("/api/v1/competences", new
        {
            type = "skill",
            labels = new Dictionary<string, string> { ["nl"] = "bakfiets besturen", ["en"] = "ride a cargo bike" },
            altLabels = new Dictionary<string, string[]> { ["nl"] = ["bakfietsrijden"] },
            broaderIds = new[] { broader },
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var created = await response.JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        response.Headers.Location?.ToString().ShouldBe($"/api/v1/competences/{id}");
        created.GetProperty("broaderIds").EnumerateArray().Select(b => b.GetGuid()).ShouldBe([broader]);
        created.GetProperty("reuseLevel").ValueKind.ShouldBe(JsonValueKind.Null);
        var search = await GetOkAsync(admin, "/api/v1/competences?q=bakfiets");
        Ids(search).ShouldContain(id);
    }

    [Test]
    public async Task CreateCompetence_WithReuseLevel_StoresAndReturnsIt()
    {
        using var admin = await Testing.AsAdminAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/competences", new { type = "skill", labels = new { nl = "reachtruck besturen" }, reuseLevel = "occupationSpecific" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var created = await response.JsonAsync();
        created.GetProperty("reuseLevel").GetString().ShouldBe("occupationSpecific");
        var read = await GetOkAsync(admin, $"/api/v1/competences/{created.GetProperty("id").GetGuid()}");
        read.GetProperty("reuseLevel").GetString().ShouldBe("occupationSpecific");
    }

    [TestCase("sector-specific")]
    [TestCase("specific")]
    [TestCase("4")]
    public async Task CreateCompetence_WhenReuseLevelUnknown_Returns400NamingReuseLevel(string reuseLevel)
    {
        using var admin = await Testing.AsAdminAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/competences", new { type = "skill", labels = new { nl = "iets nieuws" }, reuseLevel });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldBe(["reuseLevel"]);
    }

    [Test]
    public async Task CreateCompetence_AsMatchmaker_Returns403()
    {
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        var response = await matchmaker.PostAsJsonAsync("/api/v1/competences", new { type = "skill", labels = new { nl = "iets" } });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task CreateCompetence_WhenEscoUriExists_Returns409()
    {
        using var admin = await Testing.AsAdminAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/competences", new { escoUri = CatalogueData.OperateForklift, type = "skill", labels = new { en = "operate forklift again" } });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task CreateCompetence_WhenBroaderIdUnknown_Returns400NamingBroaderIds()
    {
        using var admin = await Testing.AsAdminAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/competences", new { type = "skill", labels = new { nl = "iets nieuws" }, broaderIds = new[] { Guid.NewGuid() } });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldBe(["broaderIds"]);
    }

    [TestCase("poetsvrouw", CatalogueData.BuildingCleaner, CatalogueData.DomesticCleaner)]
    [TestCase("magazijnier", CatalogueData.WarehouseWorker, null)]
    [TestCase("kassierster", CatalogueData.Cashier, null)]
    [TestCase("Caissière", CatalogueData.Cashier, null)]
    [TestCase("kuisvrouw", CatalogueData.BuildingCleaner, CatalogueData.DomesticCleaner)]
    [TestCase("clarkchauffeur", CatalogueData.ForkliftOperator, null)]
    [TestCase("rekkenvuller", CatalogueData.ShelfFiller, null)]
    [TestCase("frituurmedewerkster", CatalogueData.FastFoodCrewMember, null)]
    public async Task SearchOccupations_WhenEverydayJobTitle_RanksTheOccupationInTopThree(string q, string expected, string? alsoFine)
    {
        using var client = await Testing.AsAsync(Roles.JobSeeker);

        var response = await client.GetAsync($"/api/v1/occupations?q={Uri.EscapeDataString(q)}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var hits = (await response.JsonAsync()).EnumerateArray().ToList();
        hits.ShouldNotBeEmpty();
        var top3 = hits.Take(3).Select(h => h.GetProperty("escoUri").GetString()).ToList();
        top3.ShouldContain(expected, $"top 3 for '{q}': {string.Join(", ", hits.Take(3).Select(h => h.GetProperty("label").GetString()))}");
        if (alsoFine is null)
        {
            hits[0].GetProperty("escoUri").GetString().ShouldBe(expected);
        }
        else
        {
            new[] { expected, alsoFine }.ShouldContain(hits[0].GetProperty("escoUri").GetString());
        }

        hits.Select(h => h.GetProperty("score").GetDouble()).ShouldBeInOrder(SortDirection.Descending);
    }

    [Test]
    public async Task GetOccupation_WhenKnown_ListsEssentialAndOptionalCompetences()
    {
        using var client = await Testing.AsAsync(Roles.JobSeeker);
        var id = await CatalogueData.OccupationIdAsync(CatalogueData.WarehouseWorker);

        var occupation = await GetOkAsync(client, $"/api/v1/occupations/{id}");

        occupation.GetProperty("escoUri").GetString().ShouldBe(CatalogueData.WarehouseWorker);
        occupation.GetProperty("label").GetString().ShouldBe("magazijnmedewerker");
        occupation.GetProperty("essentialCompetences").GetArrayLength().ShouldBe(19);
        occupation.GetProperty("optionalCompetences").GetArrayLength().ShouldBe(9);
        occupation.GetProperty("essentialCompetences").EnumerateArray().ShouldAllBe(c => c.GetProperty("label").GetString()!.Length > 0);
    }

    [Test]
    public async Task GetOccupation_WhenUnknown_Returns404()
    {
        using var client = await Testing.AsAsync(Roles.JobSeeker);

        var response = await client.GetAsync($"/api/v1/occupations/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ListLanguages_ByDefault_Returns184WithDutchNames()
    {
        using var client = await Testing.AsAsync(Roles.JobSeeker);

        var languages = (await GetOkAsync(client, "/api/v1/languages")).EnumerateArray().ToList();

        languages.Count.ShouldBe(184);
        languages.Single(l => l.GetProperty("code").GetString() == "nl").GetProperty("name").GetString().ShouldBe("Nederlands");
        languages.Single(l => l.GetProperty("code").GetString() == "ar").GetProperty("name").GetString().ShouldBe("Arabisch");
    }

    [Test]
    public async Task ListLanguages_WithAcceptLanguageEnglish_ReturnsEnglishNames()
    {
        using var client = await Testing.AsAsync(Roles.JobSeeker);
        client.DefaultRequestHeaders.Add("Accept-Language", "en");

        var languages = (await GetOkAsync(client, "/api/v1/languages")).EnumerateArray().ToList();

        languages.Count.ShouldBe(184);
        languages.Single(l => l.GetProperty("code").GetString() == "nl").GetProperty("name").GetString().ShouldBe("Dutch");
        languages.Single(l => l.GetProperty("code").GetString() == "tr").GetProperty("name").GetString().ShouldBe("Turkish");
    }

    private static async Task<JsonElement> GetOkAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}
