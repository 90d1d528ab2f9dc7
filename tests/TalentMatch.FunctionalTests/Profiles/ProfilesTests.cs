using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Organisations;
using TalentMatch.Domain.Profiles;
using TalentMatch.FunctionalTests.Catalogue;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.FunctionalTests.Profiles;

public sealed class ProfilesTests : FunctionalTest
{
    private Guid _forklift;
    private Guid _heavyWeights;

    [SetUp]
    public async Task LookUpCatalogueAsync()
    {
        _forklift = await CatalogueData.CompetenceIdAsync(CatalogueData.OperateForklift);
        _heavyWeights = await CatalogueData.CompetenceIdAsync(CatalogueData.LiftHeavyWeights);
    }

    /// <summary>A valid profile body: a competence learned in life and three languages.</summary>
    public static Dictionary<string, object?> Body(Guid competenceId, string displayName = "Amina", string evidence = "declared", object[]? experiences = null) => new()
    {
        ["displayName"] = displayName,
        ["postcode"] = "2100",
        ["email"] = "amina@example.org",
        ["phone"] = "+32 470 12 34 56",
        ["seeks"] = new[] { "job", "volunteering" },
        ["hoursPerWeek"] = 24,
        ["maxTravelKm"] = 10,
        ["competences"] = new object[] { new { competenceId, level = 3, source = "life", evidence, note = "carried furniture for neighbours" } },
        ["languages"] = new object[] { new { code = "ar", level = "C2", native = true }, new { code = "nl", level = "B1" }, new { code = "fr", level = "A2" } },
        ["experiences"] = experiences ?? [],
        ["interests"] = new[] { "cooking", "bikes" },
        ["visibility"] = "matchable",
    };

    [Test]
    public async Task Create_AsJobSeeker_Returns201WithLifeCompetenceAndThreeLanguages()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);

        var response = await seeker.PostAsJsonAsync("/api/v1/profiles", Body(_forklift));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var created = await response.JsonAsync();
        created.GetProperty("claimCode").ValueKind.ShouldBe(JsonValueKind.Null);
        var profile = created.GetProperty("profile");
        response.Headers.Location?.ToString().ShouldBe($"/api/v1/profiles/{profile.GetProperty("id").GetGuid()}");
        profile.GetProperty("district").GetString().ShouldBe("Deurne");
        profile.GetProperty("claimed").GetBoolean().ShouldBeTrue();
        var competence = profile.GetProperty("competences").EnumerateArray().ShouldHaveSingleItem();
        competence.GetProperty("source").GetString().ShouldBe("life");
        competence.GetProperty("evidence").GetString().ShouldBe("declared");
        competence.GetProperty("label").GetString().ShouldBe("heftruck besturen");
        profile.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("code").GetString()).ShouldBe(["ar", "nl", "fr"]);
        profile.GetProperty("languages")[0].GetProperty("native").GetBoolean().ShouldBeTrue();
        profile.GetProperty("seeks").EnumerateArray().Select(s => s.GetString()).ShouldBe(["job", "volunteering"]);
    }

    [Test]
    public async Task Create_WhenJobSeekerAlreadyHasOne_Returns409()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        await CreateAsync(seeker, Body(_forklift));

        var again = await seeker.PostAsJsonAsync("/api/v1/profiles", Body(_forklift, "Second"));

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await CountProfilesAsync()).ShouldBe(1);
    }

    [Test]
    public async Task Get_ReturnsETag_AndPutWithIt_Returns200WithNewETag()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var id = await CreateAsync(seeker, Body(_forklift));

        var get = await seeker.GetAsync($"/api/v1/profiles/{id}");
        await get.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var etag = get.Headers.ETag;
        etag.ShouldNotBeNull();

        var put = await PutAsync(seeker, id, Body(_forklift, "Amina B."), etag.Tag);

        await put.ShouldHaveStatusAsync(HttpStatusCode.OK);
        put.Headers.ETag.ShouldNotBeNull();
        put.Headers.ETag.Tag.ShouldNotBe(etag.Tag);
        (await put.JsonAsync()).GetProperty("displayName").GetString().ShouldBe("Amina B.");
        var again = await seeker.GetAsync($"/api/v1/profiles/{id}");
        again.Headers.ETag!.Tag.ShouldBe(put.Headers.ETag.Tag);
    }

    [Test]
    public async Task Put_WithStaleETag_Returns412AndChangesNothing()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var id = await CreateAsync(seeker, Body(_forklift));
        var stale = (await seeker.GetAsync($"/api/v1/profiles/{id}")).Headers.ETag!.Tag;
        await (await PutAsync(seeker, id, Body(_forklift, "First edit"), stale)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var response = await PutAsync(seeker, id, Body(_forklift, "Lost update"), stale);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var current = await (await seeker.GetAsync($"/api/v1/profiles/{id}")).JsonAsync();
        current.GetProperty("displayName").GetString().ShouldBe("First edit");
    }

    [Test]
    public async Task Put_ConcurrentlyWithoutIfMatch_NeverFailsWithServerError()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var id = await CreateAsync(seeker, Body(_forklift));

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => PutAsync(seeker, id, Body(_heavyWeights, $"Edit {i}"), null)));

        foreach (var response in responses)
        {
            var body = await response.Content.ReadAsStringAsync();
            new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }.ShouldContain(response.StatusCode, body);
        }

        responses.ShouldContain(r => r.StatusCode == HttpStatusCode.OK);
        var current = await (await seeker.GetAsync($"/api/v1/profiles/{id}")).JsonAsync();
        current.GetProperty("competences").EnumerateArray().ShouldHaveSingleItem().GetProperty("competenceId").GetGuid().ShouldBe(_heavyWeights);
    }

    [Test]
    public async Task AnotherJobSeeker_GetPutDelete_Returns403()
    {
        using var owner = await Testing.AsAsync(Roles.JobSeeker);
        using var stranger = await Testing.AsAsync(Roles.JobSeeker);
        var id = await CreateAsync(owner, Body(_forklift));

        await (await stranger.GetAsync($"/api/v1/profiles/{id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await PutAsync(stranger, id, Body(_forklift, "Hijacked"), null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.DeleteAsync($"/api/v1/profiles/{id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await owner.GetAsync($"/api/v1/profiles/{id}")).JsonAsync()).GetProperty("displayName").GetString().ShouldBe("Amina");
    }

    [Test]
    public async Task Employer_GetOrCreate_Returns403()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var id = await CreateAsync(seeker, Body(_forklift));
        using var employer = await Testing.AsAsync(Roles.Employer, await CreateOrganisationAsync());

        (await employer.GetAsync($"/api/v1/profiles/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await employer.PostAsJsonAsync("/api/v1/profiles", Body(_forklift))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await employer.GetAsync("/api/v1/profiles")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CountProfilesAsync()).ShouldBe(1);
    }

    [Test]
    public async Task Claim_WithCodeFromTalentScout_MakesTheJobSeekerOwner()
    {
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        var response = await scout.PostAsJsonAsync("/api/v1/profiles", Body(_forklift));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var created = await response.JsonAsync();
        var id = created.GetProperty("profile").GetProperty("id").GetGuid();
        created.GetProperty("profile").GetProperty("claimed").GetBoolean().ShouldBeFalse();
        var code = created.GetProperty("claimCode").GetString();
        code.ShouldNotBeNullOrEmpty();
        created.GetProperty("claimCodeExpiresAt").GetDateTime().ShouldBeGreaterThan(DateTime.UtcNow);
        using var person = await Testing.AsAsync(Roles.JobSeeker);
        (await person.GetAsync($"/api/v1/profiles/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var claim = await person.PostAsJsonAsync($"/api/v1/profiles/{id}/claim", new { code });

        await claim.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await claim.JsonAsync()).GetProperty("claimed").GetBoolean().ShouldBeTrue();
        await (await person.GetAsync($"/api/v1/profiles/{id}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var latecomer = await Testing.AsAsync(Roles.JobSeeker);
        await (await latecomer.PostAsJsonAsync($"/api/v1/profiles/{id}/claim", new { code })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Claim_WithWrongCode_Returns409AndStaysUnclaimed()
    {
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        var created = await (await scout.PostAsJsonAsync("/api/v1/profiles", Body(_forklift))).JsonAsync();
        var id = created.GetProperty("profile").GetProperty("id").GetGuid();
        using var person = await Testing.AsAsync(Roles.JobSeeker);

        var claim = await person.PostAsJsonAsync($"/api/v1/profiles/{id}/claim", new { code = "WRONG12345" });

        await claim.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await person.GetAsync($"/api/v1/profiles/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await scout.GetAsync($"/api/v1/profiles/{id}")).JsonAsync()).GetProperty("claimed").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public async Task Create_WhenJobSeekerSetsConfirmedEvidence_Returns400NamingTheEvidence()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);

        var response = await seeker.PostAsJsonAsync("/api/v1/profiles", Body(_forklift, evidence: "confirmed"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldBe(["competences[0].evidence"]);
        (await CountProfilesAsync()).ShouldBe(0);
    }

    [TestCase(Roles.Matchmaker, "confirmed")]
    [TestCase(Roles.Coach, "certified")]
    public async Task Create_WhenOtherStaffRaiseEvidence_Returns400_AsConfirmingIsForTalentScouts(string role, string evidence)
    {
        using var staff = await Testing.AsAsync(role);

        var response = await staff.PostAsJsonAsync("/api/v1/profiles", Body(_forklift, evidence: evidence));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldBe(["competences[0].evidence"]);
        (await CountProfilesAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Create_WhenTalentScoutConfirmsEvidence_RecordsWhoConfirmed()
    {
        var account = await Testing.CreateAccountAsync(Roles.TalentScout);
        using var scout = await Testing.SignedInAsync(account.Email, account.Password);

        var response = await scout.PostAsJsonAsync("/api/v1/profiles", Body(_forklift, evidence: "confirmed"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var competence = (await response.JsonAsync()).GetProperty("profile").GetProperty("competences")[0];
        competence.GetProperty("evidence").GetString().ShouldBe("confirmed");
        competence.GetProperty("confirmedByUserId").GetGuid().ShouldBe(account.Id);
        competence.GetProperty("confirmedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Test]
    public async Task Put_WhenOwnerKeepsConfirmedEvidence_KeepsTheConfirmation()
    {
        var account = await Testing.CreateAccountAsync(Roles.TalentScout);
        using var scout = await Testing.SignedInAsync(account.Email, account.Password);
        var created = await (await scout.PostAsJsonAsync("/api/v1/profiles", Body(_forklift, evidence: "confirmed"))).JsonAsync();
        var id = created.GetProperty("profile").GetProperty("id").GetGuid();
        using var person = await Testing.AsAsync(Roles.JobSeeker);
        await (await person.PostAsJsonAsync($"/api/v1/profiles/{id}/claim", new { code = created.GetProperty("claimCode").GetString() })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var put = await PutAsync(person, id, Body(_forklift, "Amina", evidence: "confirmed"), null);

        await put.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await put.JsonAsync()).GetProperty("competences")[0].GetProperty("confirmedByUserId").GetGuid().ShouldBe(account.Id);
    }

    [Test]
    public async Task SuggestedCompetences_AfterAddingExperience_ReturnsOccupationCompetencesNotOnTheProfile()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var occupation = await CatalogueData.OccupationIdAsync(CatalogueData.ForkliftOperator);
        var expected = (await CatalogueData.OccupationCompetenceIdsAsync(occupation)).ToHashSet();
        expected.ShouldContain(_forklift);
        var id = await CreateAsync(seeker, Body(_forklift));
        (await GetSuggestionsAsync(seeker, id)).ShouldBeEmpty();

        var put = await PutAsync(seeker, id, Body(_forklift, experiences: [new { occupationId = occupation, years = 2, context = "work" }]), null);
        await put.ShouldHaveStatusAsync(HttpStatusCode.OK);

        var suggestions = await GetSuggestionsAsync(seeker, id);
        suggestions.Select(s => s.GetProperty("competenceId").GetGuid()).ToHashSet().SetEquals(expected.Where(c => c != _forklift)).ShouldBeTrue();
        suggestions.ShouldAllBe(s => s.GetProperty("label").GetString()!.Length > 0);
        suggestions.First().GetProperty("essential").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task Delete_RemovesTheProfileAndAllItsPersonalData()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var warehouse = await CatalogueData.OccupationIdAsync(CatalogueData.WarehouseWorker);
        var id = await CreateAsync(seeker, Body(_forklift, experiences: [new { occupationId = warehouse, years = 1, context = "volunteering" }]));

        var delete = await seeker.DeleteAsync($"/api/v1/profiles/{id}");

        await delete.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await (await seeker.GetAsync($"/api/v1/profiles/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        (await db.Profiles.CountAsync(p => p.Id == id)).ShouldBe(0);
        (await db.Set<ProfileCompetence>().CountAsync(c => c.ProfileId == id)).ShouldBe(0);
        (await db.Set<ProfileLanguage>().CountAsync(l => l.ProfileId == id)).ShouldBe(0);
        (await db.Set<ProfileExperience>().CountAsync(e => e.ProfileId == id)).ShouldBe(0);
    }

    [Test]
    public async Task List_AsMatchmaker_FiltersAndPages()
    {
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        foreach (var name in new[] { "Anna", "Bilal", "Chloé" })
        {
            await CreateAsync(scout, Body(_forklift, name));
        }

        var jobOnly = Body(_heavyWeights, "Dmitri");
        jobOnly["seeks"] = new[] { "job" };
        jobOnly["postcode"] = "2000";
        await CreateAsync(scout, jobOnly);
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        var all = await GetListAsync(matchmaker, "");
        var firstPage = await GetListAsync(matchmaker, "?page=1&pageSize=3");
        var secondPage = await GetListAsync(matchmaker, "?page=2&pageSize=3");

        all.GetProperty("total").GetInt32().ShouldBe(4);
        Names(firstPage).ShouldBe(["Anna", "Bilal", "Chloé"]);
        Names(secondPage).ShouldBe(["Dmitri"]);
        secondPage.GetProperty("total").GetInt32().ShouldBe(4);
        secondPage.GetProperty("pageSize").GetInt32().ShouldBe(3);
        Names(await GetListAsync(matchmaker, "?q=bil")).ShouldBe(["Bilal"]);
        Names(await GetListAsync(matchmaker, "?postcode=2000")).ShouldBe(["Dmitri"]);
        Names(await GetListAsync(matchmaker, "?seeks=volunteering")).ShouldBe(["Anna", "Bilal", "Chloé"]);
        Names(await GetListAsync(matchmaker, $"?competenceId={_heavyWeights}")).ShouldBe(["Dmitri"]);
        var summary = firstPage.GetProperty("items")[0];
        summary.GetProperty("district").GetString().ShouldBe("Deurne");
        summary.GetProperty("competenceCount").GetInt32().ShouldBe(1);
    }

    [TestCase("?pageSize=201", "pageSize")]
    [TestCase("?postcode=abcd", "postcode")]
    [TestCase("?seeks=internet", "seeks")]
    public async Task List_WhenFilterInvalid_Returns400NamingIt(string query, string field)
    {
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);

        var response = await matchmaker.GetAsync($"/api/v1/profiles{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldContain(field);
    }

    [Test]
    public async Task List_AsJobSeeker_Returns403()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);

        var response = await seeker.GetAsync("/api/v1/profiles");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>Creates a profile and returns its id, asserting 201.</summary>
    public static async Task<Guid> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/profiles", body);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.JsonAsync()).GetProperty("profile").GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/profiles/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    private static async Task<List<JsonElement>> GetSuggestionsAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/profiles/{id}/suggested-competences");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.JsonAsync()).EnumerateArray().ToList();
    }

    private static async Task<JsonElement> GetListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/profiles{query}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private static List<string?> Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayName").GetString()).ToList();

    private static async Task<int> CountProfilesAsync()
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>().Profiles.CountAsync();
    }

    /// <summary>Organisations have no API yet in this slice; the test writes one directly.</summary>
    private static async Task<Guid> CreateOrganisationAsync()
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        var organisation = new Organisation(Guid.NewGuid(), DateTime.UtcNow);
        organisation.Update(new OrganisationDetails("Havenbedrijf Test", OrganisationKind.Company, "2000"), DateTime.UtcNow);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    [Test]
    public async Task GetMe_AsOwner_ReturnsOwnProfileWithETag()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var id = await CreateAsync(seeker, Body(_forklift));
        using var other = await Testing.AsAsync(Roles.JobSeeker);
        await CreateAsync(other, Body(_forklift, displayName: "Jens"));

        var response = await seeker.GetAsync("/api/v1/profiles/me");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag.ShouldNotBeNull();
        var body = await response.JsonAsync();
        body.GetProperty("id").GetGuid().ShouldBe(id);
        body.GetProperty("displayName").GetString().ShouldBe("Amina");
    }

    [Test]
    public async Task GetMe_WhenCallerOwnsNoProfile_Returns404()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);

        var response = await seeker.GetAsync("/api/v1/profiles/me");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
