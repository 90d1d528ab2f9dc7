using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Catalogue;

/// <summary>The title memory: seeded titles, what teaches it, and what an admin sees and removes.</summary>
public sealed class TitleMemoryTests : FunctionalTest
{
    private const string Titles = "/api/v1/occupations/titles";

    [Test]
    public async Task SearchOccupations_WhenTitleWasSeeded_ProposesItsOccupationAndNamesTheTitle()
    {
        using var client = await Testing.AsAsync(Roles.JobSeeker);

        var hits = await SearchAsync(client, "kassahulp");

        hits[0].GetProperty("escoUri").GetString().ShouldBe(CatalogueData.Cashier);
        hits[0].GetProperty("matchedTitle").GetString().ShouldBe("Kassahulp");
    }

    [Test]
    public async Task RecordOccupationChoice_WhenMatchmakerPicksAnOccupation_TheNextSearchForASimilarTitleProposesIt()
    {
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
        var cleaner = await CatalogueData.OccupationIdAsync(CatalogueData.BuildingCleaner);
        var before = await SearchAsync(matchmaker, "duizendpoten");
        before.Select(h => h.GetProperty("id").GetGuid()).FirstOrDefault().ShouldNotBe(cleaner);

        var choice = await matchmaker.PostAsJsonAsync("/api/v1/occupations/choices", new { query = "Duizendpoot", occupationId = cleaner });

        await choice.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        var after = await SearchAsync(matchmaker, "duizendpoten");
        after[0].GetProperty("id").GetGuid().ShouldBe(cleaner);
        after[0].GetProperty("matchedTitle").GetString().ShouldBe("Duizendpoot");
    }

    [Test]
    public async Task RecordOccupationChoice_WhenTheSameChoiceIsMadeTwice_CountsOneEntryTwice()
    {
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
        using var admin = await Testing.AsAdminAsync();
        var cleaner = await CatalogueData.OccupationIdAsync(CatalogueData.BuildingCleaner);

        await (await matchmaker.PostAsJsonAsync("/api/v1/occupations/choices", new { query = "Duizendpoot", occupationId = cleaner })).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await (await matchmaker.PostAsJsonAsync("/api/v1/occupations/choices", new { query = "duizendpoot!", occupationId = cleaner })).ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        var entry = (await ListAsync(admin, "?source=choice")).ShouldHaveSingleItem();
        entry.GetProperty("title").GetString().ShouldBe("Duizendpoot");
        entry.GetProperty("count").GetInt32().ShouldBe(2);
        entry.GetProperty("occupationId").GetGuid().ShouldBe(cleaner);
        entry.GetProperty("occupationUri").GetString().ShouldBe(CatalogueData.BuildingCleaner);
    }

    [Test]
    public async Task DeleteTitleMemoryEntry_WhenAdminRemovesAChoice_SearchForgetsIt()
    {
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
        using var admin = await Testing.AsAdminAsync();
        var cleaner = await CatalogueData.OccupationIdAsync(CatalogueData.BuildingCleaner);
        await (await matchmaker.PostAsJsonAsync("/api/v1/occupations/choices", new { query = "Duizendpoot", occupationId = cleaner })).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        var id = (await ListAsync(admin, "?source=choice")).ShouldHaveSingleItem().GetProperty("id").GetInt64();

        var deleted = await admin.DeleteAsync($"{Titles}/{id}");

        await deleted.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        (await ListAsync(admin, "?source=choice")).ShouldBeEmpty();
        var after = await SearchAsync(matchmaker, "duizendpoot");
        after.ShouldAllBe(h => h.GetProperty("matchedTitle").ValueKind == JsonValueKind.Null);
        await (await admin.DeleteAsync($"{Titles}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ListTitleMemory_AsAdmin_ShowsTheSeededTitlesPaged()
    {
        using var admin = await Testing.AsAdminAsync();

        var response = await admin.GetAsync($"{Titles}?source=seed&q=kassahulp&pageSize=10");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var page = await response.JsonAsync();
        page.GetProperty("page").GetInt32().ShouldBe(1);
        page.GetProperty("pageSize").GetInt32().ShouldBe(10);
        page.GetProperty("total").GetInt32().ShouldBe(1);
        var entry = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("source").GetString().ShouldBe("seed");
        entry.GetProperty("occupationUri").GetString().ShouldBe(CatalogueData.Cashier);
        var all = await (await admin.GetAsync($"{Titles}?source=seed&pageSize=1")).JsonAsync();
        all.GetProperty("total").GetInt32().ShouldBeGreaterThan(2_500);
    }

    [TestCase(Roles.Matchmaker)]
    [TestCase(Roles.JobSeeker)]
    public async Task ListTitleMemory_WhenNotAdmin_Returns403(string role)
    {
        using var client = await Testing.AsAsync(role);

        var response = await client.GetAsync(Titles);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [TestCase(Roles.JobSeeker)]
    [TestCase(Roles.Coach)]
    public async Task RecordOccupationChoice_WhenNotMatchmaker_Returns403(string role)
    {
        using var client = await Testing.AsAsync(role);
        var cleaner = await CatalogueData.OccupationIdAsync(CatalogueData.BuildingCleaner);

        var response = await client.PostAsJsonAsync("/api/v1/occupations/choices", new { query = "duizendpoot", occupationId = cleaner });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [TestCase("", "query")]
    [TestCase("x", "query")]
    [TestCase("😀😀", "query")]
    public async Task RecordOccupationChoice_WhenQueryIsEmptyOrMeaningless_Returns400(string query, string field)
    {
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
        var cleaner = await CatalogueData.OccupationIdAsync(CatalogueData.BuildingCleaner);

        var response = await matchmaker.PostAsJsonAsync("/api/v1/occupations/choices", new { query, occupationId = cleaner });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe([field]);
    }

    [Test]
    public async Task RecordOccupationChoice_WhenOccupationUnknown_Returns400()
    {
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        var response = await matchmaker.PostAsJsonAsync("/api/v1/occupations/choices", new { query = "duizendpoot", occupationId = Guid.NewGuid() });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["occupationId"]);
    }

    [Test]
    public async Task CreateVacancyFromOccupation_WhenGivenAnOwnTitle_RemembersIt()
    {
        using var admin = await Testing.AsAdminAsync();
        var organisation = await OpportunityTestData.CreateOrganisationAsync(admin);
        var warehouse = await CatalogueData.OccupationIdAsync(CatalogueData.WarehouseWorker);

        foreach (var title in new[] { "Orderpicker nachtploeg", "orderpicker  nachtploeg" })
        {
            var response = await admin.PostAsJsonAsync("/api/v1/vacancies/from-occupation", new { organisationId = organisation, occupationId = warehouse, title });
            await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        var entry = (await ListAsync(admin, "?source=vacancy")).ShouldHaveSingleItem();
        entry.GetProperty("title").GetString().ShouldBe("Orderpicker nachtploeg");
        entry.GetProperty("count").GetInt32().ShouldBe(2);
        (await SearchAsync(admin, "orderpicker nachtploeg"))[0].GetProperty("id").GetGuid().ShouldBe(warehouse);
    }

    [Test]
    public async Task CreateVacancyFromOccupation_WithoutOwnTitle_RemembersNothing()
    {
        using var admin = await Testing.AsAdminAsync();
        var organisation = await OpportunityTestData.CreateOrganisationAsync(admin);
        var warehouse = await CatalogueData.OccupationIdAsync(CatalogueData.WarehouseWorker);

        var response = await admin.PostAsJsonAsync("/api/v1/vacancies/from-occupation", new { organisationId = organisation, occupationId = warehouse });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await ListAsync(admin, "?source=vacancy")).ShouldBeEmpty();
    }

    [Test]
    public async Task Profile_WhenAnExperienceHasATitle_RemembersItOnceForTheProfile()
    {
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        using var admin = await Testing.AsAdminAsync();
        var warehouse = await CatalogueData.OccupationIdAsync(CatalogueData.WarehouseWorker);
        var body = new
        {
            displayName = "Samira",
            postcode = "2060",
            seeks = new[] { "job" },
            hoursPerWeek = 30,
            maxTravelKm = 10,
            experiences = new[] { new { occupationId = warehouse, years = 2, context = "work", title = "Heftruckchauffeur nachtploeg" } },
        };

        var created = await scout.PostAsJsonAsync("/api/v1/profiles", body);
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var id = (await created.JsonAsync()).GetProperty("profile").GetProperty("id").GetGuid();
        var updated = await scout.PutAsJsonAsync($"/api/v1/profiles/{id}", body);
        await updated.ShouldHaveStatusAsync(HttpStatusCode.OK);

        var entry = (await ListAsync(admin, "?source=experience")).ShouldHaveSingleItem();
        entry.GetProperty("title").GetString().ShouldBe("Heftruckchauffeur nachtploeg");
        entry.GetProperty("count").GetInt32().ShouldBe(1);
        entry.GetProperty("occupationId").GetGuid().ShouldBe(warehouse);
    }

    [Test]
    public async Task Profile_WhenAnExperienceTitleIsTooLong_Returns400()
    {
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        var warehouse = await CatalogueData.OccupationIdAsync(CatalogueData.WarehouseWorker);

        var response = await scout.PostAsJsonAsync("/api/v1/profiles", new
        {
            displayName = "Samira",
            postcode = "2060",
            seeks = new[] { "job" },
            hoursPerWeek = 30,
            maxTravelKm = 10,
            experiences = new[] { new { occupationId = warehouse, years = 2, context = "work", title = new string('a', 201) } },
        });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["experiences[0].title"]);
    }

    [TestCase("")]
    [TestCase("a")]
    [TestCase("😀")]
    [TestCase("😀🧹😀")]
    [TestCase("   ")]
    public async Task SearchOccupations_WhenQueryHoldsLessThanTwoLettersOrDigits_ReturnsAnEmptyList(string q)
    {
        using var client = await Testing.AsAsync(Roles.JobSeeker);

        var response = await client.GetAsync($"/api/v1/occupations?q={Uri.EscapeDataString(q)}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task SearchOccupations_WhenQueryIs10000Characters_Returns400()
    {
        using var client = await Testing.AsAsync(Roles.JobSeeker);

        var response = await client.GetAsync($"/api/v1/occupations?q={new string('k', 10_000)}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["q"]);
    }

    private static async Task<List<JsonElement>> SearchAsync(HttpClient client, string q)
    {
        var response = await client.GetAsync($"/api/v1/occupations?q={Uri.EscapeDataString(q)}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return [.. (await response.JsonAsync()).EnumerateArray()];
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient admin, string query)
    {
        var response = await admin.GetAsync(Titles + query);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray()];
    }
}
