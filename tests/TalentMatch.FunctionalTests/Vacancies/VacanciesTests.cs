using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Vacancies;

public sealed class VacanciesTests : VacancyTest
{
    [Test]
    public async Task Create_WithAllFields_Returns201WithLabelsDistrictAndOrganisation()
    {
        var response = await Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies", VacancyBody());

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        response.Headers.ETag.ShouldNotBeNull();
        var vacancy = await response.JsonAsync();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/vacancies/{vacancy.Id()}");
        vacancy.GetProperty("kind").GetString().ShouldBe("job");
        vacancy.GetProperty("organisationName").GetString().ShouldBe("Havenlogistiek");
        vacancy.GetProperty("district").GetString().ShouldBe("Antwerpen");
        vacancy.GetProperty("status").GetString().ShouldBe("draft");
        vacancy.GetProperty("contract").GetString().ShouldBe("permanent");
        vacancy.GetProperty("openings").GetInt32().ShouldBe(2);
        vacancy.GetProperty("multilingualValued").GetBoolean().ShouldBeTrue();
        var requirements = vacancy.GetProperty("requirements").EnumerateArray().ToList();
        requirements.Select(r => r.GetProperty("competenceId").GetGuid()).ShouldBe([Forklift, CleanSurfaces]);
        requirements[0].GetProperty("label").GetString().ShouldNotBeNullOrWhiteSpace();
        requirements[0].GetProperty("importance").GetString().ShouldBe("required");
        requirements[0].GetProperty("weight").GetDouble().ShouldBe(2);
        vacancy.GetProperty("languages")[0].GetProperty("minLevel").GetString().ShouldBe("A2");
    }

    [Test]
    public async Task Get_ReturnsTheSameETagAsCreate()
    {
        var created = await Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies", VacancyBody());
        var id = (await created.JsonAsync()).Id();

        var response = await Admin.GetAsync($"/api/v1/vacancies/{id}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe(created.Headers.ETag!.Tag);
    }

    [Test]
    public async Task Update_WithCurrentIfMatch_OpensAndReplacesRequirements()
    {
        var id = (await CreateVacancyAsync()).Id();
        var (_, etag) = await Admin.SnapshotAsync($"/api/v1/vacancies/{id}");
        var body = VacancyBody(title: "Heftruckchauffeur", status: "open");
        body["requirements"] = Array(new JsonObject { ["competenceId"] = Forklift.ToString(), ["minLevel"] = 3, ["importance"] = "required" });

        var response = await Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/vacancies/{id}", body, etag);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldNotBe(etag);
        var updated = await response.JsonAsync();
        updated.GetProperty("title").GetString().ShouldBe("Heftruckchauffeur");
        updated.GetProperty("status").GetString().ShouldBe("open");
        updated.GetProperty("requirements").GetArrayLength().ShouldBe(1);
        updated.GetProperty("requirements")[0].GetProperty("minLevel").GetInt32().ShouldBe(3);
    }

    [Test]
    public async Task Update_WithStaleIfMatch_Returns412AndChangesNothing()
    {
        var id = (await CreateVacancyAsync()).Id();
        var (_, stale) = await Admin.SnapshotAsync($"/api/v1/vacancies/{id}");
        await (await Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/vacancies/{id}", VacancyBody(title: "First"), stale)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await Admin.SnapshotAsync($"/api/v1/vacancies/{id}");

        var response = await Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/vacancies/{id}", VacancyBody(title: "Second"), stale);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await Admin.SnapshotAsync($"/api/v1/vacancies/{id}")).ShouldBe(before);
    }

    [Test]
    public async Task Open_WithoutRequirements_Returns409AndCreatesNothing()
    {
        var body = VacancyBody(status: "open");
        body["requirements"] = Array();

        var response = await Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies", body);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await Admin.TotalAsync(List)).ShouldBe(0);
    }

    [Test]
    public async Task List_WithFiltersAndPaging_ReturnsMatchingPage()
    {
        var other = await CreateOrganisationAsync(Admin, "Schoonmaak Zuid", "2660");
        var occupation = await OccupationIdAsync(Admin, "magazijnmedewerker");
        var first = VacancyBody(title: "Magazijnier dag", status: "open");
        first["occupationId"] = occupation.ToString();
        await CreateVacancyAsync(body: first);
        await CreateVacancyAsync(body: VacancyBody(title: "Magazijnier nacht", status: "open"));
        await CreateVacancyAsync(body: VacancyBody(title: "Magazijnier weekend"));
        var cleaner = VacancyBody(other, "Schoonmaker", "open");
        cleaner["postcode"] = "2660";
        await CreateVacancyAsync(body: cleaner);

        var open = await (await Admin.GetAsync("/api/v1/vacancies?status=open&q=magazijnier&page=2&pageSize=1")).JsonAsync();
        open.GetProperty("total").GetInt32().ShouldBe(2);
        open.GetProperty("page").GetInt32().ShouldBe(2);
        open.GetProperty("items").GetArrayLength().ShouldBe(1);

        var byOrganisation = await (await Admin.GetAsync($"/api/v1/vacancies?organisationId={other}")).JsonAsync();
        byOrganisation.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("title").GetString()).ShouldBe(["Schoonmaker"]);
        byOrganisation.GetProperty("items")[0].GetProperty("organisationName").GetString().ShouldBe("Schoonmaak Zuid");
        byOrganisation.GetProperty("items")[0].GetProperty("district").GetString().ShouldBe("Hoboken");

        (await Admin.TotalAsync("/api/v1/vacancies?postcode=2660")).ShouldBe(1);
        (await Admin.TotalAsync($"/api/v1/vacancies?occupationId={occupation}")).ShouldBe(1);
        (await Admin.TotalAsync("/api/v1/vacancies?status=draft")).ShouldBe(1);
    }

    [Test]
    public async Task Delete_Draft_Returns204AndIsGone()
    {
        var id = (await CreateVacancyAsync()).Id();

        var response = await Admin.DeleteAsync($"/api/v1/vacancies/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await Admin.GetAsync($"/api/v1/vacancies/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_Open_Returns409AndKeepsIt()
    {
        var id = (await CreateVacancyAsync(body: VacancyBody(status: "open"))).Id();

        var response = await Admin.DeleteAsync($"/api/v1/vacancies/{id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await Admin.TotalAsync(List)).ShouldBe(1);
    }

    [Test]
    public async Task Create_AsEmployerForOwnOrganisation_Returns201()
    {
        using var employer = await Testing.AsAsync(Roles.Employer, OrganisationId);

        var vacancy = await CreateVacancyAsync(employer);

        vacancy.GetProperty("organisationId").GetGuid().ShouldBe(OrganisationId);
    }

    [Test]
    public async Task Create_AsEmployerForAnotherOrganisation_Returns403AndCreatesNothing()
    {
        var other = await CreateOrganisationAsync(Admin, "Other");
        using var employer = await Testing.AsAsync(Roles.Employer, OrganisationId);

        var response = await employer.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies", VacancyBody(other));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await Admin.TotalAsync(List)).ShouldBe(0);
    }

    [Test]
    public async Task ChangeOrDelete_AsEmployerOfAnotherOrganisation_Returns403AndChangesNothing()
    {
        var other = await CreateOrganisationAsync(Admin, "Other");
        var id = (await CreateVacancyAsync(body: VacancyBody(other))).Id();
        using var employer = await Testing.AsAsync(Roles.Employer, OrganisationId);
        var before = await Admin.SnapshotAsync($"/api/v1/vacancies/{id}");

        await (await employer.SendJsonAsync(HttpMethod.Put, $"/api/v1/vacancies/{id}", VacancyBody(other, "Taken over"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employer.SendJsonAsync(HttpMethod.Put, $"/api/v1/vacancies/{id}", VacancyBody(OrganisationId, "Moved"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employer.DeleteAsync($"/api/v1/vacancies/{id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employer.GetAsync($"/api/v1/vacancies/{id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await Admin.SnapshotAsync($"/api/v1/vacancies/{id}")).ShouldBe(before);
    }

    [Test]
    public async Task List_AsEmployer_ShowsOnlyOwnOrganisation()
    {
        var other = await CreateOrganisationAsync(Admin, "Other");
        var own = (await CreateVacancyAsync()).Id();
        await CreateVacancyAsync(body: VacancyBody(other, status: "open"));
        using var employer = await Testing.AsAsync(Roles.Employer, OrganisationId);

        var page = await (await employer.GetAsync("/api/v1/vacancies")).JsonAsync();

        page.GetProperty("items").EnumerateArray().Select(v => v.Id()).ShouldBe([own]);
    }

    [Test]
    public async Task JobSeeker_SeesOpenVacanciesButNotDrafts()
    {
        var open = (await CreateVacancyAsync(body: VacancyBody(title: "Open", status: "open"))).Id();
        var draft = (await CreateVacancyAsync(body: VacancyBody(title: "Draft"))).Id();
        var closed = (await CreateVacancyAsync(body: VacancyBody(title: "Closed", status: "closed"))).Id();
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);

        var page = await (await seeker.GetAsync("/api/v1/vacancies")).JsonAsync();

        page.GetProperty("items").EnumerateArray().Select(v => v.Id()).ShouldBe([open]);
        (await seeker.GetAsync($"/api/v1/vacancies/{open}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await seeker.GetAsync($"/api/v1/vacancies/{draft}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await seeker.GetAsync($"/api/v1/vacancies/{closed}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await seeker.TotalAsync("/api/v1/vacancies?status=draft")).ShouldBe(0);
    }

    [Test]
    public async Task Create_AsJobSeeker_Returns403()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);

        var response = await seeker.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies", VacancyBody());

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Admin.TotalAsync(List)).ShouldBe(0);
    }

    private static IEnumerable<TestCaseData> BadVacancies() => new[]
    {
        BadInput.Malformed,
        BadInput.Change("hoursPerWeek as string", b => b["hoursPerWeek"] = "38", "hoursPerWeek"),
        BadInput.Change("hoursPerWeek above 60", b => b["hoursPerWeek"] = 61, "hoursPerWeek"),
        BadInput.Change("hoursPerWeek missing", b => b.Remove("hoursPerWeek"), "hoursPerWeek"),
        BadInput.Change("openings 0", b => b["openings"] = 0, "openings"),
        BadInput.Change("openings above 1000", b => b["openings"] = 1001, "openings"),
        BadInput.Change("unknown contract", b => b["contract"] = "freelance", "contract"),
        BadInput.Change("unknown status", b => b["status"] = "published", "status"),
        BadInput.Change("unknown importance", b => b["requirements"]![0]!["importance"] = "essential", "requirements[0].importance"),
        BadInput.Change("minLevel 5", b => b["requirements"]![0]!["minLevel"] = 5, "requirements[0].minLevel"),
        BadInput.Change("weight above 10", b => b["requirements"]![0]!["weight"] = 11, "requirements[0].weight"),
        BadInput.Change("unknown competence", b => b["requirements"]![1]!["competenceId"] = Guid.NewGuid().ToString(), "requirements[1].competenceId"),
        BadInput.Change("duplicate competence", b => b["requirements"]![1]!["competenceId"] = b["requirements"]![0]!["competenceId"]!.DeepClone(), "requirements"),
        BadInput.Change("unknown organisation", b => b["organisationId"] = Guid.NewGuid().ToString(), "organisationId"),
        BadInput.Change("missing organisation", b => b.Remove("organisationId"), "organisationId"),
        BadInput.Change("unknown occupation", b => b["occupationId"] = Guid.NewGuid().ToString(), "occupationId"),
        BadInput.Change("invalid CEFR level", b => b["languages"]![0]!["minLevel"] = "D1", "languages[0].minLevel"),
        BadInput.Change("unknown language", b => b["languages"]![0]!["code"] = "xx", "languages[0].code"),
        BadInput.Change("duplicate language", b => b["languages"]!.AsArray().Add(new JsonObject { ["code"] = "NL", ["minLevel"] = "B1", ["importance"] = "preferred" }), "languages"),
        BadInput.Change("invalid postcode", b => b["postcode"] = "123", "postcode"),
        BadInput.Change("empty title", b => b["title"] = "", "title"),
        BadInput.Change("over-long title", b => b["title"] = new string('x', 201), "title"),
        BadInput.Change("open without requirements", b => (b["status"], b["requirements"]) = ("open", Array()), null, HttpStatusCode.Conflict),
    }.Select(BadInput.Case);

    [TestCaseSource(nameof(BadVacancies))]
    public async Task Create_WithBadInput_Returns4xxAndCreatesNothing(BadInput input) =>
        await Admin.ShouldRejectAsync(input, HttpMethod.Post, "/api/v1/vacancies", VacancyBody(), List);

    [TestCaseSource(nameof(BadVacancies))]
    public async Task Update_WithBadInput_Returns4xxAndChangesNothing(BadInput input)
    {
        var id = (await CreateVacancyAsync()).Id();

        await Admin.ShouldRejectAsync(input, HttpMethod.Put, $"/api/v1/vacancies/{id}", VacancyBody(), List, $"/api/v1/vacancies/{id}");
    }

    [Test]
    public async Task Create_WithUnknownCompetence_NamesTheIndexOfTheField()
    {
        var body = VacancyBody();
        body["requirements"]!.AsArray().Add(new JsonObject { ["competenceId"] = Guid.NewGuid().ToString(), ["minLevel"] = 1, ["importance"] = "preferred" });

        var response = await Admin.PostAsJsonAsync("/api/v1/vacancies", body);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["requirements[2].competenceId"]);
    }
}
