using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Users;

/// <summary>An admin lists the accounts and gives an Employer account its organisation; no other role may.</summary>
public sealed class AccountsTests : FunctionalTest
{
    [Test]
    public async Task ListUsers_WhenAdminSearchesAndSorts_ShowsRoleAndOrganisation_NeverSecrets()
    {
        using var admin = await Testing.AsAdminAsync();
        var organisationId = await CreateOrganisationAsync(admin, "Bakkerij Het Zuid", "2020");
        var employer = await Testing.CreateAccountAsync(Roles.Employer, organisationId);
        var coach = await Testing.CreateAccountAsync(Roles.Coach);

        var newest = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?pageSize=2", Testing.Json);
        var items = newest.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("email").GetString()).ShouldBe([coach.Email, employer.Email]);
        newest.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(3);
        var employerItem = items[1];
        employerItem.GetProperty("role").GetString().ShouldBe(Roles.Employer);
        employerItem.GetProperty("organisationId").GetGuid().ShouldBe(organisationId);
        employerItem.GetProperty("organisationName").GetString().ShouldBe("Bakkerij Het Zuid");
        var raw = await (await admin.GetAsync("/api/v1/users")).Content.ReadAsStringAsync();
        raw.ShouldNotContain("password", Case.Insensitive);
        raw.ShouldNotContain("stamp", Case.Insensitive);
        raw.ShouldNotContain("token", Case.Insensitive);

        var found = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users?q={Uri.EscapeDataString(coach.Email[..12].ToUpperInvariant())}", Testing.Json);
        found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([coach.Id]);

        var byEmail = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?sort=email&pageSize=200", Testing.Json);
        var emails = byEmail.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("email").GetString()!).ToList();
        emails.ShouldBe(emails.OrderBy(e => e.ToUpperInvariant(), StringComparer.Ordinal).ToList());
        emails.ShouldContain(TalentMatchFactory.AdminEmail);
    }

    [Test]
    public async Task AssignOrganisation_WhenAdminMovesAnEmployer_TheEmployerSeesTheNewOrganisationOnly()
    {
        using var admin = await Testing.AsAdminAsync();
        var first = await CreateOrganisationAsync(admin, "Bakkerij Het Zuid", "2020");
        var second = await CreateOrganisationAsync(admin, "Haven Schoonmaak", "2030");
        var employer = await Testing.CreateAccountAsync(Roles.Employer, first);

        var response = await admin.PutAsJsonAsync($"/api/v1/users/{employer.Id}/organisation", new { organisationId = second });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("organisationId").GetGuid().ShouldBe(second);
        using var signedIn = await Testing.SignedInAsync(employer.Email, employer.Password);
        var own = await signedIn.GetFromJsonAsync<JsonElement>("/api/v1/organisations", Testing.Json);
        own.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ShouldBe([second]);
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users?q={Uri.EscapeDataString(employer.Email)}", Testing.Json);
        listed.GetProperty("items")[0].GetProperty("organisationName").GetString().ShouldBe("Haven Schoonmaak");
    }

    [Test]
    public async Task AssignOrganisation_WhenInputIsWrong_SaysWhy()
    {
        using var admin = await Testing.AsAdminAsync();
        var organisationId = await CreateOrganisationAsync(admin);
        var employer = await Testing.CreateAccountAsync(Roles.Employer, organisationId);
        var coach = await Testing.CreateAccountAsync(Roles.Coach);

        var missing = await admin.PutAsJsonAsync($"/api/v1/users/{employer.Id}/organisation", new { });
        (await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["organisationId"]);
        var unknownOrganisation = await admin.PutAsJsonAsync($"/api/v1/users/{employer.Id}/organisation", new { organisationId = Guid.NewGuid() });
        (await unknownOrganisation.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["organisationId"]);
        var unknownAccount = await admin.PutAsJsonAsync($"/api/v1/users/{Guid.NewGuid()}/organisation", new { organisationId });
        await unknownAccount.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var notAnEmployer = await admin.PutAsJsonAsync($"/api/v1/users/{coach.Id}/organisation", new { organisationId });
        await notAnEmployer.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var badSort = await admin.GetAsync("/api/v1/users?sort=sideways");
        badSort.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var badPage = await admin.GetAsync("/api/v1/users?page=0");
        await badPage.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [TestCase(Roles.Matchmaker)]
    [TestCase(Roles.TalentScout)]
    [TestCase(Roles.JobHunter)]
    [TestCase(Roles.Employer)]
    [TestCase(Roles.Coach)]
    [TestCase(Roles.JobSeeker)]
    [TestCase(Roles.Coordinator)]
    public async Task AccountsAndWeights_WhenNotAdmin_AreForbidden(string role)
    {
        using var admin = await Testing.AsAdminAsync();
        var organisationId = await CreateOrganisationAsync(admin);
        var employer = await Testing.CreateAccountAsync(Roles.Employer, organisationId);
        using var caller = await Testing.AsAsync(role, role == Roles.Employer ? organisationId : null);

        await (await caller.GetAsync("/api/v1/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await caller.PutAsJsonAsync($"/api/v1/users/{employer.Id}/organisation", new { organisationId })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await caller.GetAsync("/api/v1/scoring/weights")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await Testing.Anonymous().GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ScoringWeights_AreTheConfiguredOnes()
    {
        // A second host on the same database with weights of its own, as another deployment would set them.
        await using var configured = new TalentMatchFactory(
            new Dictionary<string, string?> { ["Matching:InterestsWeight"] = "0.07", ["Matching:DistanceScoreAtMax"] = "0.25" },
            sharedDatabasePath: Testing.Factory.DatabasePath);
        var login = await configured.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = TalentMatchFactory.AdminEmail, password = TalentMatchFactory.AdminPassword });
        await login.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var admin = configured.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", (await login.JsonAsync()).GetProperty("accessToken").GetString());

        var weights = await admin.GetFromJsonAsync<JsonElement>("/api/v1/scoring/weights", Testing.Json);

        weights.GetProperty("section").GetString().ShouldBe("Matching");
        var values = Values(weights);
        values["InterestsWeight"].ShouldBe(0.07);
        values["DistanceScoreAtMax"].ShouldBe(0.25);
        values["CompetencesWeight"].ShouldBe(0.60);
        values["RarityExponent"].ShouldBe(1.0);
        values["TaxonomyDepth"].ShouldBe(3);
        using var defaults = await Testing.AsAdminAsync();
        Values(await defaults.GetFromJsonAsync<JsonElement>("/api/v1/scoring/weights", Testing.Json))["InterestsWeight"].ShouldBe(0.05);
    }

    private static Dictionary<string, double> Values(JsonElement weights) =>
        weights.GetProperty("weights").EnumerateArray().ToDictionary(w => w.GetProperty("name").GetString()!, w => w.GetProperty("value").GetDouble());
}
