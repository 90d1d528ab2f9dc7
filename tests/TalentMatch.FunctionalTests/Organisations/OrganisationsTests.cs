using System.Net;
using System.Net.Http.Json;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Organisations;

public sealed class OrganisationsTests : FunctionalTest
{
    private const string List = "/api/v1/organisations?pageSize=200";

    [Test]
    public async Task Create_AsJobHunter_Returns201WithDistrictAndETag()
    {
        using var hunter = await Testing.AsAsync(Roles.JobHunter);

        var response = await hunter.PostAsJsonAsync("/api/v1/organisations", OrganisationBody());

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        response.Headers.ETag.ShouldNotBeNull();
        var created = await response.JsonAsync();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/organisations/{created.Id()}");
        created.GetProperty("name").GetString().ShouldBe("Havenlogistiek");
        created.GetProperty("kind").GetString().ShouldBe("company");
        created.GetProperty("district").GetString().ShouldBe("Antwerpen");
    }

    [Test]
    public async Task Get_ReturnsTheSameETagAsCreate()
    {
        using var admin = await Testing.AsAdminAsync();
        var created = await admin.PostAsJsonAsync("/api/v1/organisations", OrganisationBody());
        var id = (await created.JsonAsync()).Id();

        var response = await admin.GetAsync($"/api/v1/organisations/{id}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe(created.Headers.ETag!.Tag);
    }

    [Test]
    public async Task Update_WithCurrentIfMatch_ChangesAndReturnsNewETag()
    {
        using var admin = await Testing.AsAdminAsync();
        var id = await CreateOrganisationAsync(admin);
        var (_, etag) = await admin.SnapshotAsync($"/api/v1/organisations/{id}");
        var body = OrganisationBody("Havenlogistiek Noord", "2040");
        body["kind"] = "nonProfit";

        var response = await admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/organisations/{id}", body, etag);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldNotBe(etag);
        var updated = await response.JsonAsync();
        updated.GetProperty("name").GetString().ShouldBe("Havenlogistiek Noord");
        updated.GetProperty("kind").GetString().ShouldBe("nonProfit");
        updated.GetProperty("district").GetString().ShouldBe("Berendrecht-Zandvliet-Lillo");
    }

    [Test]
    public async Task Update_WithStaleIfMatch_Returns412AndChangesNothing()
    {
        using var admin = await Testing.AsAdminAsync();
        var id = await CreateOrganisationAsync(admin);
        var (_, stale) = await admin.SnapshotAsync($"/api/v1/organisations/{id}");
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/organisations/{id}", OrganisationBody("First change"), stale)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await admin.SnapshotAsync($"/api/v1/organisations/{id}");

        var response = await admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/organisations/{id}", OrganisationBody("Second change"), stale);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await admin.SnapshotAsync($"/api/v1/organisations/{id}")).ShouldBe(before);
    }

    [Test]
    public async Task List_WithQueryAndPaging_ReturnsMatchingPage()
    {
        using var admin = await Testing.AsAdminAsync();
        await CreateOrganisationAsync(admin, "Schoonmaak Zuid");
        await CreateOrganisationAsync(admin, "Schoonmaak Noord");
        await CreateOrganisationAsync(admin, "Bakkerij De Kroon");

        var page = await (await admin.GetAsync("/api/v1/organisations?q=schoonmaak&page=2&pageSize=1")).JsonAsync();

        page.GetProperty("total").GetInt32().ShouldBe(2);
        page.GetProperty("page").GetInt32().ShouldBe(2);
        page.GetProperty("pageSize").GetInt32().ShouldBe(1);
        page.GetProperty("items").GetArrayLength().ShouldBe(1);
        page.GetProperty("items")[0].GetProperty("name").GetString().ShouldBe("Schoonmaak Zuid");
    }

    [Test]
    public async Task List_AsEmployer_ShowsOnlyTheirOwnOrganisation()
    {
        using var admin = await Testing.AsAdminAsync();
        var own = await CreateOrganisationAsync(admin, "Own");
        await CreateOrganisationAsync(admin, "Other");
        using var employer = await Testing.AsAsync(Roles.Employer, own);

        var page = await (await employer.GetAsync("/api/v1/organisations")).JsonAsync();

        page.GetProperty("items").EnumerateArray().Select(o => o.Id()).ShouldBe([own]);
    }

    [Test]
    public async Task Get_AsEmployerOfAnotherOrganisation_Returns403()
    {
        using var admin = await Testing.AsAdminAsync();
        var own = await CreateOrganisationAsync(admin, "Own");
        var other = await CreateOrganisationAsync(admin, "Other");
        using var employer = await Testing.AsAsync(Roles.Employer, own);

        var response = await employer.GetAsync($"/api/v1/organisations/{other}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Update_AsEmployerOfThatOrganisation_Returns200()
    {
        using var admin = await Testing.AsAdminAsync();
        var own = await CreateOrganisationAsync(admin, "Own");
        using var employer = await Testing.AsAsync(Roles.Employer, own);

        var response = await employer.SendJsonAsync(HttpMethod.Put, $"/api/v1/organisations/{own}", OrganisationBody("Own, renamed"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Update_AsEmployerOfAnotherOrganisation_Returns403AndChangesNothing()
    {
        using var admin = await Testing.AsAdminAsync();
        var own = await CreateOrganisationAsync(admin, "Own");
        var other = await CreateOrganisationAsync(admin, "Other");
        using var employer = await Testing.AsAsync(Roles.Employer, own);
        var before = await admin.SnapshotAsync($"/api/v1/organisations/{other}");

        var response = await employer.SendJsonAsync(HttpMethod.Put, $"/api/v1/organisations/{other}", OrganisationBody("Taken over"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await admin.SnapshotAsync($"/api/v1/organisations/{other}")).ShouldBe(before);
    }

    [TestCase(Roles.Employer)]
    [TestCase(Roles.Coach)]
    public async Task Create_AsRoleThatMayNot_Returns403(string role)
    {
        using var admin = await Testing.AsAdminAsync();
        var own = await CreateOrganisationAsync(admin, "Own");
        using var client = await Testing.AsAsync(role, role == Roles.Employer ? own : null);

        var response = await client.PostAsJsonAsync("/api/v1/organisations", OrganisationBody("New one"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.TotalAsync(List)).ShouldBe(1);
    }

    [Test]
    public async Task List_AsJobSeeker_Returns403()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);

        var response = await seeker.GetAsync("/api/v1/organisations");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static IEnumerable<TestCaseData> BadOrganisations() => new[]
    {
        BadInput.Malformed,
        BadInput.Change("unknown kind", b => b["kind"] = "shop", "kind"),
        BadInput.Change("kind as number", b => b["kind"] = 1, "kind"),
        BadInput.Change("missing kind", b => b.Remove("kind"), "kind"),
        BadInput.Change("invalid postcode", b => b["postcode"] = "99999", "postcode"),
        BadInput.Change("postcode as number", b => b["postcode"] = 2000, "postcode"),
        BadInput.Change("empty name", b => b["name"] = "  ", "name"),
        BadInput.Change("over-long name", b => b["name"] = new string('x', 201), "name"),
        BadInput.Change("invalid email", b => b["email"] = "not-an-email", "email"),
        BadInput.Change("invalid phone", b => b["phone"] = "call me", "phone"),
        BadInput.Change("website not http", b => b["website"] = "ftp://example.test", "website"),
        BadInput.Change("duplicate name at same postcode", b => b["name"] = " EXISTING  bv ", null, HttpStatusCode.Conflict),
    }.Select(BadInput.Case);

    [TestCaseSource(nameof(BadOrganisations))]
    public async Task Create_WithBadInput_Returns4xxAndCreatesNothing(BadInput input)
    {
        using var admin = await Testing.AsAdminAsync();
        await CreateOrganisationAsync(admin, "Existing BV");

        await admin.ShouldRejectAsync(input, HttpMethod.Post, "/api/v1/organisations", OrganisationBody(), List);
    }

    [TestCaseSource(nameof(BadOrganisations))]
    public async Task Update_WithBadInput_Returns4xxAndChangesNothing(BadInput input)
    {
        using var admin = await Testing.AsAdminAsync();
        await CreateOrganisationAsync(admin, "Existing BV");
        var id = await CreateOrganisationAsync(admin);

        await admin.ShouldRejectAsync(input, HttpMethod.Put, $"/api/v1/organisations/{id}", OrganisationBody(), List, $"/api/v1/organisations/{id}");
    }

    [Test]
    public async Task Update_UnknownOrganisation_Returns404()
    {
        using var admin = await Testing.AsAdminAsync();

        var response = await admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/organisations/{Guid.NewGuid()}", OrganisationBody());

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
