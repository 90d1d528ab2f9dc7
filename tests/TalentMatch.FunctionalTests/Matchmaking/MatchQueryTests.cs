using System.Net;
using System.Text.Json;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;

namespace TalentMatch.FunctionalTests.Matchmaking;

public sealed class MatchQueryTests : MatchmakingTest
{
    [Test]
    public async Task List_AsMatchmaker_FiltersByEachParameterNewestFirst()
    {
        var otherVacancy = await CreateVacancyAsync(OrganisationId, OpportunityStatus.Open, [Required(Forklift)], title: "Heftruckchauffeur");
        var request = await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Required(Forklift)]);
        var first = await UnclaimedProfileAsync("First");
        var second = await UnclaimedProfileAsync("Second");
        var (coachId, _) = await UserAsync(Roles.Coach);
        await AssignCoachAsync(first, coachId);
        var (otherMatchmakerId, otherMatchmaker) = await UserAsync(Roles.Matchmaker);
        var m1 = (await CreateMatchAsync(first)).Id();
        var m2 = (await CreateMatchAsync(second)).Id();
        var m3 = (await CreateMatchAsync(first, otherVacancy, matchmaker: otherMatchmaker)).Id();
        await MoveAsync(otherMatchmaker, m3, new { to = "proposed" });
        var m4 = (await CreateMatchAsync(second, volunteerRequestId: request)).Id();

        (await IdsAsync("")).ShouldBe([m4, m3, m2, m1]);
        (await IdsAsync("state=proposed")).ShouldBe([m3]);
        (await IdsAsync("state=Shortlisted")).ShouldBe([m4, m2, m1]);
        (await IdsAsync($"vacancyId={VacancyId}")).ShouldBe([m2, m1]);
        (await IdsAsync($"volunteerRequestId={request}")).ShouldBe([m4]);
        (await IdsAsync($"vacancyId={request}")).ShouldBeEmpty();
        (await IdsAsync($"profileId={first}")).ShouldBe([m3, m1]);
        (await IdsAsync($"matchmakerId={otherMatchmakerId}")).ShouldBe([m3]);
        (await IdsAsync($"coachId={coachId}")).ShouldBe([m3, m1]);
        (await IdsAsync($"vacancyId={VacancyId}&profileId={first}")).ShouldBe([m1]);

        var page = await Matchmaker.ListAsync("/api/v1/matches?page=2&pageSize=3");
        page.GetProperty("total").GetInt32().ShouldBe(4);
        page.GetProperty("page").GetInt32().ShouldBe(2);
        page.GetProperty("pageSize").GetInt32().ShouldBe(3);
        page.GetProperty("items").EnumerateArray().Select(i => i.Id()).ShouldBe([m1]);
    }

    [TestCase("state=hired", "state")]
    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=201", "pageSize")]
    [TestCase("page=0", "page")]
    public async Task List_WithBadQueryValues_Returns400NamingThem(string query, string field)
    {
        var response = await Matchmaker.GetAsync($"/api/v1/matches?{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldContain(field);
    }

    [Test]
    public async Task Get_WithHistory_ShowsWhoWhenFromToAndWhy()
    {
        var match = await CreateMatchAsync(await UnclaimedProfileAsync());
        await MoveAsync(Matchmaker, match.Id(), new { to = "proposed", reason = "Strong forklift experience." });
        var withdrawn = await TransitionAsync(Matchmaker, match.Id(), new { to = "withdrawn", reason = "The vacancy was filled internally." });
        await withdrawn.ShouldHaveStatusAsync(HttpStatusCode.OK);

        var response = await Matchmaker.GetAsync($"/api/v1/matches/{match.Id()}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe(withdrawn.Headers.ETag!.Tag);
        var body = await response.JsonAsync();
        body.GetProperty("state").GetString().ShouldBe("withdrawn");
        body.GetProperty("reason").GetString().ShouldBe("The vacancy was filled internally.");
        body.GetProperty("closedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var history = body.GetProperty("history").EnumerateArray().ToList();
        history.Select(t => (t.GetProperty("from").GetString(), t.GetProperty("to").GetString()))
            .ShouldBe([(null, "shortlisted"), ("shortlisted", "proposed"), ("proposed", "withdrawn")]);
        history.Select(t => t.GetProperty("reason").GetString()).ShouldBe([null, "Strong forklift experience.", "The vacancy was filled internally."]);
        history.ShouldAllBe(t => t.GetProperty("byUserId").GetGuid() == MatchmakerId);
        var times = history.Select(t => t.GetProperty("at").GetDateTime()).ToList();
        times.ShouldBeInOrder();
    }

    [Test]
    public async Task Get_UnknownMatch_Returns404()
    {
        await (await Matchmaker.GetAsync($"/api/v1/matches/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Coach_SeesOnlyTheMatchesOfThePeopleTheyCoach()
    {
        var coached = await UnclaimedProfileAsync("Coached");
        var (coachId, coach) = await UserAsync(Roles.Coach);
        await AssignCoachAsync(coached, coachId);
        var mine = (await CreateMatchAsync(coached)).Id();
        var other = (await CreateMatchAsync(await UnclaimedProfileAsync("Someone else"))).Id();

        (await IdsAsync("", coach)).ShouldBe([mine]);
        (await GetMatchAsync(coach, mine)).GetProperty("person").GetProperty("displayName").GetString().ShouldBe("Coached");
        await (await coach.GetAsync($"/api/v1/matches/{other}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task JobSeeker_SeesOnlyTheirOwnMatchesWithEveryField()
    {
        var (_, person, _, mine) = await OwnedMatchAsync();
        var other = (await CreateMatchAsync(await UnclaimedProfileAsync("Someone else"))).Id();

        (await IdsAsync("", person)).ShouldBe([mine]);
        var match = await GetMatchAsync(person, mine);
        var me = match.GetProperty("person");
        me.GetProperty("displayName").GetString().ShouldBe(PersonName);
        me.GetProperty("email").GetString().ShouldBe(PersonEmail);
        me.GetProperty("phone").GetString().ShouldBe(PersonPhone);
        me.GetProperty("postcode").GetString().ShouldBe(PersonPostcode);
        await (await person.GetAsync($"/api/v1/matches/{other}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task JobHunter_SeesEveryMatch()
    {
        var match = (await CreateMatchAsync(await UnclaimedProfileAsync())).Id();
        var jobHunter = await ClientAsync(Roles.JobHunter);

        (await IdsAsync("", jobHunter)).ShouldBe([match]);
        // Who the person is stays with the roles that may read profiles (WorkWithProfiles).
        var person = (await GetMatchAsync(jobHunter, match)).GetProperty("person");
        person.GetProperty("displayName").ValueKind.ShouldBe(JsonValueKind.Null);
        person.GetProperty("district").GetString().ShouldBe(PersonDistrict);
    }

    [Test]
    public async Task TalentScout_ListAndGetReturn403_AsTheirRoleSeesNoMatch()
    {
        var match = (await CreateMatchAsync(await UnclaimedProfileAsync())).Id();

        await (await Scout.GetAsync("/api/v1/matches")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await Scout.GetAsync($"/api/v1/matches/{match}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Employer_SeesTheirOrganisationsMatchesPastTheShortlistOnly()
    {
        var shortlisted = (await CreateMatchAsync(await UnclaimedProfileAsync("Shortlisted"))).Id();
        var proposed = (await CreateMatchAsync(await UnclaimedProfileAsync("Proposed"))).Id();
        await WalkAsync(proposed, null, "proposed");
        var otherOrganisation = await CreateOrganisationAsync("Other");
        var elsewhere = (await CreateMatchAsync(await UnclaimedProfileAsync("Elsewhere"), await CreateVacancyAsync(otherOrganisation, OpportunityStatus.Open, [Required(Forklift)]))).Id();
        await WalkAsync(elsewhere, null, "proposed");
        var employer = await ClientAsync(Roles.Employer, OrganisationId);
        var stranger = await ClientAsync(Roles.Employer, await CreateOrganisationAsync("Third"));

        (await IdsAsync("", employer)).ShouldBe([proposed]);
        (await IdsAsync("state=shortlisted", employer)).ShouldBeEmpty();
        await GetMatchAsync(employer, proposed);
        await (await employer.GetAsync($"/api/v1/matches/{shortlisted}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await employer.GetAsync($"/api/v1/matches/{elsewhere}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await IdsAsync("", stranger)).ShouldBeEmpty();
        await (await stranger.GetAsync($"/api/v1/matches/{proposed}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<List<Guid>> IdsAsync(string query, HttpClient? client = null) =>
        (await (client ?? Matchmaker).ListAsync($"/api/v1/matches?{query}")).GetProperty("items").EnumerateArray().Select(i => i.Id()).ToList();
}
