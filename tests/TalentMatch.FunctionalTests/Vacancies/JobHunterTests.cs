using System.Net;
using System.Net.Http.Json;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Vacancies;

/// <summary>A job hunter finds an employer, registers it, and posts and opens vacancies on its behalf.</summary>
public sealed class JobHunterTests : VacancyTest
{
    [Test]
    public async Task JobHunter_RegistersOrganisation_ThenPostsUpdatesAndOpensAVacancyForIt()
    {
        using var hunter = await Testing.AsAsync(Roles.JobHunter);
        var organisationId = await CreateOrganisationAsync(hunter, "Bakkerij Het Zuid", "2020");

        var draft = await CreateVacancyAsync(hunter, VacancyBody(organisationId, "Hulp in de bakkerij"));
        var (_, etag) = await hunter.SnapshotAsync($"/api/v1/vacancies/{draft.Id()}");
        var updated = await hunter.SendJsonAsync(HttpMethod.Put, $"/api/v1/vacancies/{draft.Id()}", VacancyBody(organisationId, "Bakkershulp (vroege dienst)"), etag);
        await updated.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var opened = await hunter.SendJsonAsync(HttpMethod.Put, $"/api/v1/vacancies/{draft.Id()}", VacancyBody(organisationId, "Bakkershulp (vroege dienst)", "open"), updated.Headers.ETag!.Tag);

        await opened.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var vacancy = await opened.JsonAsync();
        vacancy.GetProperty("organisationId").GetGuid().ShouldBe(organisationId);
        vacancy.GetProperty("organisationName").GetString().ShouldBe("Bakkerij Het Zuid");
        vacancy.GetProperty("title").GetString().ShouldBe("Bakkershulp (vroege dienst)");
        vacancy.GetProperty("status").GetString().ShouldBe("open");
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var seen = await seeker.ListAsync("/api/v1/vacancies?status=open");
        seen.GetProperty("items").EnumerateArray().Select(v => v.Id()).ShouldContain(draft.Id());
    }

    [Test]
    public async Task JobHunter_StartsAVacancyFromAnOccupation_AtTheOrganisationsPostcode()
    {
        using var hunter = await Testing.AsAsync(Roles.JobHunter);
        var organisationId = await CreateOrganisationAsync(hunter, "Schoonmaak Noord", "2170");
        var occupationId = await OccupationIdAsync(hunter, "schoonmaker");

        var response = await hunter.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies/from-occupation", new System.Text.Json.Nodes.JsonObject
        {
            ["organisationId"] = organisationId.ToString(),
            ["occupationId"] = occupationId.ToString(),
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var vacancy = await response.JsonAsync();
        vacancy.GetProperty("organisationId").GetGuid().ShouldBe(organisationId);
        vacancy.GetProperty("postcode").GetString().ShouldBe("2170");
        vacancy.GetProperty("requirements").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Test]
    public async Task JobHunter_UpdatesTheOrganisationAndAsksForVolunteersForIt()
    {
        using var hunter = await Testing.AsAsync(Roles.JobHunter);
        var organisationId = await CreateOrganisationAsync(hunter, "Sociaal Restaurant", "2060");
        var (_, etag) = await hunter.SnapshotAsync($"/api/v1/organisations/{organisationId}");

        var updated = await hunter.SendJsonAsync(HttpMethod.Put, $"/api/v1/organisations/{organisationId}", OrganisationBody("Sociaal Restaurant Seefhoek", "2060"), etag);
        var request = await hunter.CreateAsync("/api/v1/volunteer-requests", VolunteerRequestBody(Forklift, organisationId, "Tafels dekken", "open"));

        await updated.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await updated.JsonAsync()).GetProperty("name").GetString().ShouldBe("Sociaal Restaurant Seefhoek");
        request.GetProperty("organisationName").GetString().ShouldBe("Sociaal Restaurant Seefhoek");
    }

    [Test]
    public async Task JobHunter_SeesRankedCandidatesForTheVacancy()
    {
        using var hunter = await Testing.AsAsync(Roles.JobHunter);
        var organisationId = await CreateOrganisationAsync(hunter, "Havenwerk", "2030");
        var vacancy = await CreateVacancyAsync(hunter, VacancyBody(organisationId, status: "open"));
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        await Profiles.ProfilesTests.CreateAsync(seeker, Profiles.ProfilesTests.Body(Forklift));

        var matches = await hunter.ListAsync($"/api/v1/vacancies/{vacancy.Id()}/matches");

        matches.GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task JobHunter_CannotCreateAccountsOrProfiles()
    {
        using var hunter = await Testing.AsAsync(Roles.JobHunter);

        var account = await hunter.PostAsJsonAsync("/api/v1/users", new { email = "new@test.local", password = "Long-Enough-Password", role = "Employer" });
        var profile = await hunter.PostAsJsonAsync("/api/v1/profiles", Profiles.ProfilesTests.Body(Forklift));

        account.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        profile.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
