using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Volunteering;

public sealed class VolunteerRequestsTests : FunctionalTest
{
    private const string List = "/api/v1/volunteer-requests?pageSize=200";

    private HttpClient _admin = null!;
    private Guid _organisationId;
    private Guid _customerService;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _admin = await Testing.AsAdminAsync();
        _organisationId = await CreateOrganisationAsync(_admin, "Buurthuis De Schakel", "2140");
        _customerService = await CompetenceIdAsync(_admin, "customer service");
    }

    [TearDown]
    public void DisposeAdmin() => _admin.Dispose();

    private JsonObject NeighbourBody(string title = "Boodschappen doen", string status = "draft") =>
        VolunteerRequestBody(_customerService, title: title, status: status);

    private JsonObject OrganisationRequestBody(string title = "Onthaal buurthuis", string status = "draft") =>
        VolunteerRequestBody(_customerService, _organisationId, title, status);

    private Task<JsonElement> CreateAsync(JsonObject body, HttpClient? client = null) =>
        (client ?? _admin).CreateAsync("/api/v1/volunteer-requests", body);

    [Test]
    public async Task Create_ForNeighbourAsCoach_Returns201WithAllFields()
    {
        using var coach = await Testing.AsAsync(Roles.Coach);

        var response = await coach.SendJsonAsync(HttpMethod.Post, "/api/v1/volunteer-requests", NeighbourBody());

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        response.Headers.ETag.ShouldNotBeNull();
        var created = await response.JsonAsync();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/volunteer-requests/{created.Id()}");
        created.GetProperty("kind").GetString().ShouldBe("volunteering");
        created.GetProperty("requesterName").GetString().ShouldBe("Mevrouw Peeters");
        created.GetProperty("organisationId").ValueKind.ShouldBe(JsonValueKind.Null);
        created.GetProperty("district").GetString().ShouldBe("Borgerhout");
        created.GetProperty("recurring").GetString().ShouldBe("weekly");
        created.GetProperty("hoursEstimate").GetDouble().ShouldBe(2);
        created.GetProperty("requirements")[0].GetProperty("label").GetString().ShouldNotBeNullOrWhiteSpace();
        created.GetProperty("languages")[0].GetProperty("code").GetString().ShouldBe("ar");
    }

    [Test]
    public async Task JobSeeker_AsksTheNeighbourhoodForHelp_AndOnlyTheyChangeTheirRequest()
    {
        using var asker = await Testing.AsAsync(Roles.JobSeeker);
        using var neighbour = await Testing.AsAsync(Roles.JobSeeker);

        var created = await CreateAsync(NeighbourBody("Een kast ophangen"), asker);
        var url = $"/api/v1/volunteer-requests/{created.Id()}";

        // The draft is theirs: they see and change it, another person does not even see it.
        await (await asker.GetAsync(url)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await asker.TotalAsync(List)).ShouldBe(1);
        await (await neighbour.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await neighbour.TotalAsync(List)).ShouldBe(0);
        var (_, etag) = await asker.SnapshotAsync(url);
        await (await neighbour.SendJsonAsync(HttpMethod.Put, url, NeighbourBody("Overgenomen"), etag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var opened = await asker.SendJsonAsync(HttpMethod.Put, url, NeighbourBody("Een kast ophangen", "open"), etag);
        await opened.ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Once open, others see it but still may not change it.
        var (_, openEtag) = await neighbour.SnapshotAsync(url);
        await (await neighbour.SendJsonAsync(HttpMethod.Put, url, NeighbourBody("Overgenomen", "open"), openEtag)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await neighbour.DeleteAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task JobSeeker_MayNotAskOnAnOrganisationsBehalf()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);

        var response = await seeker.SendJsonAsync(HttpMethod.Post, "/api/v1/volunteer-requests", OrganisationRequestBody());

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await _admin.TotalAsync(List)).ShouldBe(0);
    }

    [Test]
    public async Task Create_ForOwnOrganisationAsEmployer_Returns201WithOrganisationName()
    {
        using var employer = await Testing.AsAsync(Roles.Employer, _organisationId);

        var created = await CreateAsync(OrganisationRequestBody(), employer);

        created.GetProperty("organisationName").GetString().ShouldBe("Buurthuis De Schakel");
    }

    [Test]
    public async Task Create_ForNeighbourAsEmployer_Returns403AndCreatesNothing()
    {
        using var employer = await Testing.AsAsync(Roles.Employer, _organisationId);

        var response = await employer.SendJsonAsync(HttpMethod.Post, "/api/v1/volunteer-requests", NeighbourBody());

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await _admin.TotalAsync(List)).ShouldBe(0);
    }

    [Test]
    public async Task GetAndUpdate_WithIfMatch_ReplacesFieldsAndETag()
    {
        var created = await _admin.SendJsonAsync(HttpMethod.Post, "/api/v1/volunteer-requests", NeighbourBody());
        var id = (await created.JsonAsync()).Id();
        var get = await _admin.GetAsync($"/api/v1/volunteer-requests/{id}");
        get.Headers.ETag!.Tag.ShouldBe(created.Headers.ETag!.Tag);
        var body = OrganisationRequestBody("Onthaal", "open");

        var response = await _admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/volunteer-requests/{id}", body, get.Headers.ETag.Tag);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldNotBe(get.Headers.ETag.Tag);
        var updated = await response.JsonAsync();
        updated.GetProperty("status").GetString().ShouldBe("open");
        updated.GetProperty("requesterName").ValueKind.ShouldBe(JsonValueKind.Null);
        updated.GetProperty("organisationId").GetGuid().ShouldBe(_organisationId);
    }

    [Test]
    public async Task Update_WithStaleIfMatch_Returns412AndChangesNothing()
    {
        var id = (await CreateAsync(NeighbourBody())).Id();
        var (_, stale) = await _admin.SnapshotAsync($"/api/v1/volunteer-requests/{id}");
        await (await _admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/volunteer-requests/{id}", NeighbourBody("First"), stale)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await _admin.SnapshotAsync($"/api/v1/volunteer-requests/{id}");

        var response = await _admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/volunteer-requests/{id}", NeighbourBody("Second"), stale);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await _admin.SnapshotAsync($"/api/v1/volunteer-requests/{id}")).ShouldBe(before);
    }

    [Test]
    public async Task List_WithFiltersAndPaging_ReturnsMatchingPage()
    {
        await CreateAsync(NeighbourBody("Boodschappen A", "open"));
        await CreateAsync(NeighbourBody("Boodschappen B", "open"));
        await CreateAsync(NeighbourBody("Boodschappen C"));
        var elsewhere = OrganisationRequestBody("Onthaal", "open");
        elsewhere["postcode"] = "2600";
        elsewhere["description"] = "Bezoekers ontvangen.";
        await CreateAsync(elsewhere);

        var page = await _admin.ListAsync("/api/v1/volunteer-requests?status=open&q=boodschappen&page=2&pageSize=1");

        page.GetProperty("total").GetInt32().ShouldBe(2);
        page.GetProperty("items").GetArrayLength().ShouldBe(1);
        (await _admin.TotalAsync($"/api/v1/volunteer-requests?organisationId={_organisationId}")).ShouldBe(1);
        (await _admin.TotalAsync("/api/v1/volunteer-requests?postcode=2600")).ShouldBe(1);
        (await _admin.TotalAsync("/api/v1/volunteer-requests?status=draft")).ShouldBe(1);
        var item = (await _admin.ListAsync("/api/v1/volunteer-requests?postcode=2600")).GetProperty("items")[0];
        item.GetProperty("organisationName").GetString().ShouldBe("Buurthuis De Schakel");
        item.GetProperty("district").GetString().ShouldBe("Berchem");
    }

    [Test]
    public async Task JobSeeker_SeesOpenRequestsWithoutTheNeighboursName()
    {
        var open = (await CreateAsync(NeighbourBody("Open", "open"))).Id();
        var draft = (await CreateAsync(NeighbourBody("Draft"))).Id();
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);

        var page = await seeker.ListAsync("/api/v1/volunteer-requests");

        page.GetProperty("items").EnumerateArray().Select(v => v.Id()).ShouldBe([open]);
        var seen = await (await seeker.GetAsync($"/api/v1/volunteer-requests/{open}")).JsonAsync();
        seen.GetProperty("requesterName").ValueKind.ShouldBe(JsonValueKind.Null);
        await (await seeker.GetAsync($"/api/v1/volunteer-requests/{draft}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_DraftThenOpen_Returns204Then409()
    {
        var draft = (await CreateAsync(NeighbourBody())).Id();
        var open = (await CreateAsync(NeighbourBody("Open", "open"))).Id();

        (await _admin.DeleteAsync($"/api/v1/volunteer-requests/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await _admin.DeleteAsync($"/api/v1/volunteer-requests/{open}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await _admin.ListAsync(List)).GetProperty("items").EnumerateArray().Select(v => v.Id()).ShouldBe([open]);
    }

    [Test]
    public async Task ChangeOrDelete_AsEmployerOfAnotherOrganisation_Returns403()
    {
        var id = (await CreateAsync(OrganisationRequestBody())).Id();
        var other = await CreateOrganisationAsync(_admin, "Other");
        using var employer = await Testing.AsAsync(Roles.Employer, other);
        var before = await _admin.SnapshotAsync($"/api/v1/volunteer-requests/{id}");

        await (await employer.SendJsonAsync(HttpMethod.Put, $"/api/v1/volunteer-requests/{id}", OrganisationRequestBody("Taken"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employer.DeleteAsync($"/api/v1/volunteer-requests/{id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await _admin.SnapshotAsync($"/api/v1/volunteer-requests/{id}")).ShouldBe(before);
    }

    private static IEnumerable<TestCaseData> BadRequests() => new[]
    {
        BadInput.Malformed,
        BadInput.Change("hoursEstimate as string", b => b["hoursEstimate"] = "2", "hoursEstimate"),
        BadInput.Change("hoursEstimate below 0.5", b => b["hoursEstimate"] = 0.25, "hoursEstimate"),
        BadInput.Change("hoursEstimate above 40", b => b["hoursEstimate"] = 41, "hoursEstimate"),
        BadInput.Change("volunteersNeeded above 100", b => b["volunteersNeeded"] = 101, "volunteersNeeded"),
        BadInput.Change("unknown recurrence", b => b["recurring"] = "daily", "recurring"),
        BadInput.Change("unknown status", b => b["status"] = "done", "status"),
        BadInput.Change("both organisation and neighbour", b => b["organisationId"] = Guid.NewGuid().ToString(), "requesterName"),
        BadInput.Change("neither organisation nor neighbour", b => b.Remove("requesterName"), "requesterName"),
        BadInput.Change("unknown organisation", b => (b["requesterName"], b["organisationId"]) = (null, Guid.NewGuid().ToString()), "organisationId"),
        BadInput.Change("endsAt before startsAt", b => b["endsAt"] = "2026-11-30T10:00:00Z", "endsAt"),
        BadInput.Change("startsAt not a date", b => b["startsAt"] = "next monday", "startsAt"),
        BadInput.Change("unknown competence", b => b["requirements"]![0]!["competenceId"] = Guid.NewGuid().ToString(), "requirements[0].competenceId"),
        BadInput.Change("duplicate competence", b => b["requirements"]!.AsArray().Add(b["requirements"]![0]!.DeepClone()), "requirements"),
        BadInput.Change("minLevel 0", b => b["requirements"]![0]!["minLevel"] = 0, "requirements[0].minLevel"),
        BadInput.Change("invalid CEFR level", b => b["languages"]![0]!["minLevel"] = "B3", "languages[0].minLevel"),
        BadInput.Change("invalid postcode", b => b["postcode"] = "abcd", "postcode"),
        BadInput.Change("empty title", b => b["title"] = "", "title"),
        BadInput.Change("over-long title", b => b["title"] = new string('x', 201), "title"),
        BadInput.Change("open without requirements", b => (b["status"], b["requirements"]) = ("open", Array()), null, HttpStatusCode.Conflict),
    }.Select(BadInput.Case);

    [TestCaseSource(nameof(BadRequests))]
    public async Task Create_WithBadInput_Returns4xxAndCreatesNothing(BadInput input) =>
        await _admin.ShouldRejectAsync(input, HttpMethod.Post, "/api/v1/volunteer-requests", NeighbourBody(), List);

    [TestCaseSource(nameof(BadRequests))]
    public async Task Update_WithBadInput_Returns4xxAndChangesNothing(BadInput input)
    {
        var id = (await CreateAsync(NeighbourBody())).Id();

        await _admin.ShouldRejectAsync(input, HttpMethod.Put, $"/api/v1/volunteer-requests/{id}", NeighbourBody(), List, $"/api/v1/volunteer-requests/{id}");
    }
}
