using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;

namespace TalentMatch.FunctionalTests.Matchmaking;

public sealed class CreateMatchTests : MatchmakingTest
{
    [Test]
    public async Task Post_AsMatchmaker_Returns201WithLocationETagAndTheEngineSnapshot()
    {
        var profile = await UnclaimedProfileAsync();
        var ranked = await Matchmaker.ListAsync($"/api/v1/vacancies/{VacancyId}/matches?detail=full");
        var candidate = ranked.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("profileId").GetGuid() == profile);

        var response = await Matchmaker.PostAsJsonAsync("/api/v1/matches", new { profileId = profile, vacancyId = VacancyId });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var match = await response.JsonAsync();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/matches/{match.Id()}");
        response.Headers.ETag.ShouldNotBeNull();
        match.GetProperty("state").GetString().ShouldBe("shortlisted");
        match.GetProperty("kind").GetString().ShouldBe("job");
        match.GetProperty("opportunityId").GetGuid().ShouldBe(VacancyId);
        match.GetProperty("opportunityTitle").GetString().ShouldBe("Magazijnmedewerker");
        match.GetProperty("organisationId").GetGuid().ShouldBe(OrganisationId);
        match.GetProperty("matchmakerUserId").GetGuid().ShouldBe(MatchmakerId);
        match.GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()).ShouldBe(["proposed", "withdrawn"]);
        match.GetProperty("score").GetDouble().ShouldBe(candidate.GetProperty("score").GetDouble());
        match.GetProperty("meetsAllRequired").GetBoolean().ShouldBeTrue();
        match.GetProperty("usesCompetencesLearnedElsewhere").GetBoolean().ShouldBeTrue();

        var explanation = match.GetProperty("explanation");
        explanation.GetProperty("profileId").GetGuid().ShouldBe(profile);
        explanation.GetProperty("kind").GetString().ShouldBe("job");
        explanation.GetProperty("score").GetDouble().ShouldBe(candidate.GetProperty("score").GetDouble());
        explanation.GetProperty("components").GetRawText().ShouldBe(candidate.GetProperty("components").GetRawText());
        explanation.GetProperty("matchedCompetences").GetRawText().ShouldBe(candidate.GetProperty("matchedCompetences").GetRawText());
        explanation.GetProperty("missingCompetences").GetRawText().ShouldBe(candidate.GetProperty("missingCompetences").GetRawText());
        explanation.GetProperty("languages").GetRawText().ShouldBe(candidate.GetProperty("languages").GetRawText());
        explanation.GetProperty("points").GetRawText().ShouldBe(candidate.GetProperty("points").GetRawText());
        // The snapshot names no one: the distance shows as a band only, not in km nor in the summary.
        candidate.GetProperty("summary").GetString().ShouldEndWith(", woont op 3 km.");
        explanation.GetProperty("summary").GetString().ShouldBe(candidate.GetProperty("summary").GetString()![..^", woont op 3 km.".Length] + ".");
        explanation.GetProperty("distanceKm").ValueKind.ShouldBe(JsonValueKind.Null);
        explanation.GetProperty("distanceBand").GetString().ShouldBe(candidate.GetProperty("distanceBand").GetString());
        var matched = explanation.GetProperty("matchedCompetences").EnumerateArray().ShouldHaveSingleItem();
        matched.GetProperty("competenceId").GetGuid().ShouldBe(Forklift);
        matched.GetProperty("profileSource").GetString().ShouldBe("work");
        explanation.GetProperty("candidate").GetProperty("displayName").ValueKind.ShouldBe(JsonValueKind.Null);

        var person = match.GetProperty("person");
        person.GetProperty("profileId").GetGuid().ShouldBe(profile);
        person.GetProperty("displayName").GetString().ShouldBe(PersonName);
        person.GetProperty("district").GetString().ShouldBe(PersonDistrict);
        var created = match.GetProperty("history").EnumerateArray().ShouldHaveSingleItem();
        created.GetProperty("from").ValueKind.ShouldBe(JsonValueKind.Null);
        created.GetProperty("to").GetString().ShouldBe("shortlisted");
        created.GetProperty("byUserId").GetGuid().ShouldBe(MatchmakerId);

        var fetched = await Matchmaker.GetAsync(response.Headers.Location);
        await fetched.ShouldHaveStatusAsync(HttpStatusCode.OK);
        fetched.Headers.ETag!.Tag.ShouldBe(response.Headers.ETag!.Tag);
        (await fetched.JsonAsync()).GetProperty("explanation").GetRawText().ShouldBe(explanation.GetRawText());
    }

    [Test]
    public async Task Post_WhenARequiredCompetenceIsMissingAndTheRestWasLearnedAtSchool_SnapshotSaysSo()
    {
        var profile = await CreateProfileAsync(Scout, "Student", [Has(Cleaning, "education")]);
        var ranked = await Matchmaker.ListAsync($"/api/v1/vacancies/{VacancyId}/matches");
        var candidate = ranked.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("profileId").GetGuid() == profile);

        var match = await CreateMatchAsync(profile);

        match.GetProperty("meetsAllRequired").GetBoolean().ShouldBeFalse();
        match.GetProperty("usesCompetencesLearnedElsewhere").GetBoolean().ShouldBeFalse();
        match.GetProperty("score").GetDouble().ShouldBe(candidate.GetProperty("score").GetDouble());
        var missing = match.GetProperty("explanation").GetProperty("missingCompetences").EnumerateArray().ShouldHaveSingleItem();
        missing.GetProperty("competenceId").GetGuid().ShouldBe(Forklift);
        missing.GetProperty("required").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task Post_ForAVolunteerRequest_CreatesAVolunteeringMatch()
    {
        var request = await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Required(Forklift)]);
        var profile = await UnclaimedProfileAsync();

        var match = await CreateMatchAsync(profile, volunteerRequestId: request);

        match.GetProperty("kind").GetString().ShouldBe("volunteering");
        match.GetProperty("opportunityId").GetGuid().ShouldBe(request);
        match.GetProperty("organisationId").ValueKind.ShouldBe(JsonValueKind.Null);
        match.GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()).ShouldBe(["offered", "withdrawn"]);
        match.GetProperty("explanation").GetProperty("kind").GetString().ShouldBe("volunteering");
    }

    [TestCase("neither", "vacancyId")]
    [TestCase("both", "volunteerRequestId")]
    [TestCase("no profile", "profileId")]
    [TestCase("unknown profile", "profileId")]
    [TestCase("unknown vacancy", "vacancyId")]
    [TestCase("vacancy that is a volunteer request", "vacancyId")]
    [TestCase("volunteer request that is a vacancy", "volunteerRequestId")]
    [TestCase("malformed id", "profileId")]
    public async Task Post_WithBadBody_Returns400NamingTheFieldAndCreatesNothing(string bad, string field)
    {
        var profile = await UnclaimedProfileAsync();
        var request = await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Required(Forklift)]);
        object body = bad switch
        {
            "neither" => new { profileId = profile },
            "both" => new { profileId = profile, vacancyId = VacancyId, volunteerRequestId = request },
            "no profile" => new { vacancyId = VacancyId },
            "unknown profile" => new { profileId = Guid.NewGuid(), vacancyId = VacancyId },
            "unknown vacancy" => new { profileId = profile, vacancyId = Guid.NewGuid() },
            "vacancy that is a volunteer request" => new { profileId = profile, vacancyId = request },
            "volunteer request that is a vacancy" => new { profileId = profile, volunteerRequestId = VacancyId },
            _ => new { profileId = "not-a-guid", vacancyId = VacancyId },
        };

        var response = await Matchmaker.PostAsJsonAsync("/api/v1/matches", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldContain(field);
        (await CountMatchesAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Post_ForAPrivateProfile_Returns409()
    {
        var profile = await UnclaimedProfileAsync(visibility: "private");

        var response = await Matchmaker.PostAsJsonAsync("/api/v1/matches", new { profileId = profile, vacancyId = VacancyId });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await CountMatchesAsync()).ShouldBe(0);
    }

    [TestCase(OpportunityStatus.Draft)]
    [TestCase(OpportunityStatus.Closed)]
    public async Task Post_ForAnOpportunityThatIsNotOpen_Returns409(OpportunityStatus status)
    {
        var vacancy = await CreateVacancyAsync(OrganisationId, status, [Required(Forklift)]);
        var profile = await UnclaimedProfileAsync();

        var response = await Matchmaker.PostAsJsonAsync("/api/v1/matches", new { profileId = profile, vacancyId = vacancy });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await CountMatchesAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Post_WhenAnOpenMatchExistsForThePair_Returns409NamingIt()
    {
        var profile = await UnclaimedProfileAsync();
        var first = await CreateMatchAsync(profile);
        using var otherMatchmaker = await Testing.AsAsync(Roles.Matchmaker);

        var response = await otherMatchmaker.PostAsJsonAsync("/api/v1/matches", new { profileId = profile, vacancyId = VacancyId });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("existingMatchId").GetGuid().ShouldBe(first.Id());
        (await CountMatchesAsync()).ShouldBe(1);
    }

    [Test]
    public async Task Post_WhenTheEarlierMatchForThePairIsOver_CreatesANewOne()
    {
        var profile = await UnclaimedProfileAsync();
        var first = await CreateMatchAsync(profile);
        await WalkAsync(first.Id(), null, "withdrawn");

        var second = await CreateMatchAsync(profile);

        second.Id().ShouldNotBe(first.Id());
        (await CountMatchesAsync()).ShouldBe(2);
    }

    [TestCase(Roles.JobHunter)]
    [TestCase(Roles.Coach)]
    [TestCase(Roles.TalentScout)]
    [TestCase(Roles.JobSeeker)]
    [TestCase(Roles.Employer)]
    public async Task Post_AsARoleThatDoesNotMatch_Returns403(string role)
    {
        var profile = await UnclaimedProfileAsync();
        var client = await ClientAsync(role, role == Roles.Employer ? OrganisationId : null);

        var response = await client.PostAsJsonAsync("/api/v1/matches", new { profileId = profile, vacancyId = VacancyId });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CountMatchesAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Post_AsAdmin_Returns201()
    {
        var profile = await UnclaimedProfileAsync();
        using var admin = await Testing.AsAdminAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/matches", new { profileId = profile, vacancyId = VacancyId });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    private static Task<int> CountMatchesAsync() => InDatabaseAsync(db => db.Matches.CountAsync());
}
