using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Notifications;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.FunctionalTests.Profiles;

namespace TalentMatch.FunctionalTests.Aftercare;

public sealed class CoachingTests : AftercareTest
{
    [Test]
    public async Task AssignCoach_AsMatchmaker_SetsCoachWritesHistoryAndNotifiesTheCoach()
    {
        var person = await CreatePersonAsync();

        var response = await AssignCoachAsync(Matchmaker, person, CoachId, "Woont in de buurt van de coach.");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("profileId").GetGuid().ShouldBe(person);
        body.GetProperty("coach").GetProperty("userId").GetGuid().ShouldBe(CoachId);
        body.GetProperty("coach").GetProperty("email").GetString().ShouldStartWith("coach-");
        var entry = body.GetProperty("history").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("coachUserId").GetGuid().ShouldBe(CoachId);
        entry.GetProperty("assignedByUserId").GetGuid().ShouldBe(MatchmakerId);
        entry.GetProperty("assignedByEmail").GetString().ShouldStartWith("matchmaker-");
        entry.GetProperty("reason").GetString().ShouldBe("Woont in de buurt van de coach.");
        (await (await Admin.GetAsync($"/api/v1/profiles/{person}")).JsonAsync()).GetProperty("coachUserId").GetGuid().ShouldBe(CoachId);
        var notification = (await NotificationsAboutAsync(person)).ShouldHaveSingleItem();
        notification.Type.ShouldBe(NotificationType.CoachAssigned);
        notification.RecipientUserId.ShouldBe(CoachId);
    }

    [Test]
    public async Task AssignCoach_WhenSameCoachAgain_Returns200WithoutNewHistoryOrNotification()
    {
        var person = await CreatePersonAsync();
        await AssignCoachAsync(person);

        var again = await AssignCoachAsync(Admin, person, CoachId, "Nog eens.");

        await again.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await again.JsonAsync()).GetProperty("history").GetArrayLength().ShouldBe(1);
        (await NotificationsAboutAsync(person)).Count.ShouldBe(1);
    }

    [Test]
    public async Task AssignCoach_ToAnotherCoachThenNone_KeepsTheWholeHistory()
    {
        var person = await CreatePersonAsync();
        var (otherCoach, other) = await AccountAsync(Roles.Coach);
        other.Dispose();
        await AssignCoachAsync(person);
        await AssignCoachAsync(person, otherCoach);

        var none = await AssignCoachAsync(Matchmaker, person, null, "Werkt nu zelfstandig.");

        await none.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = await (await Matchmaker.GetAsync($"/api/v1/profiles/{person}/coach")).JsonAsync();
        body.GetProperty("coach").ValueKind.ShouldBe(JsonValueKind.Null);
        var history = body.GetProperty("history").EnumerateArray().ToList();
        history.Select(h => h.GetProperty("coachUserId").ValueKind == JsonValueKind.Null ? (Guid?)null : h.GetProperty("coachUserId").GetGuid())
            .ShouldBe([CoachId, otherCoach, null]);
        history[2].GetProperty("reason").GetString().ShouldBe("Werkt nu zelfstandig.");
        (await NotificationsAboutAsync(person)).Select(n => n.RecipientUserId).ShouldBe([CoachId, otherCoach], ignoreOrder: true);
    }

    [Test]
    public async Task AssignCoach_WhenAccountIsNoCoach_Returns400NamingCoachUserId()
    {
        var person = await CreatePersonAsync();

        foreach (var notACoach in new[] { MatchmakerId, Guid.NewGuid() })
        {
            var problem = await (await AssignCoachAsync(Matchmaker, person, notACoach)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.ErrorFields().ShouldBe(["coachUserId"]);
        }

        (await (await Matchmaker.GetAsync($"/api/v1/profiles/{person}/coach")).JsonAsync()).GetProperty("history").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task AssignCoach_WhenProfileUnknown_Returns404()
    {
        await (await AssignCoachAsync(Matchmaker, Guid.NewGuid(), CoachId)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase(Roles.Coach)]
    [TestCase(Roles.TalentScout)]
    [TestCase(Roles.JobSeeker)]
    public async Task AssignCoach_AsOtherRoles_Returns403(string role)
    {
        var person = await CreatePersonAsync();
        using var client = await Testing.AsAsync(role);

        await (await AssignCoachAsync(client, person, CoachId)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task GetCoach_AsThePerson_ShowsTheirCoachWithoutHistory()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var created = await seeker.PostAsJsonAsync("/api/v1/profiles", ProfilesTests.Body(Forklift));
        var person = (await created.JsonAsync()).GetProperty("profile").GetProperty("id").GetGuid();
        await AssignCoachAsync(person);

        var response = await seeker.GetAsync($"/api/v1/profiles/{person}/coach");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("coach").GetProperty("userId").GetGuid().ShouldBe(CoachId);
        body.GetProperty("coach").GetProperty("email").GetString().ShouldStartWith("coach-");
        body.GetProperty("history").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task GetCoach_AsAnotherJobSeekerOrEmployer_Returns403()
    {
        var person = await CreatePersonAsync();
        await AssignCoachAsync(person);
        using var otherSeeker = await Testing.AsAsync(Roles.JobSeeker);
        using var employer = await Testing.AsAsync(Roles.Employer, OrganisationId);

        await (await otherSeeker.GetAsync($"/api/v1/profiles/{person}/coach")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employer.GetAsync($"/api/v1/profiles/{person}/coach")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await Matchmaker.GetAsync($"/api/v1/profiles/{Guid.NewGuid()}/coach")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task MyPeople_ListsTheCoachsPeople_NearestCheckInFirst()
    {
        var bram = await CreatePersonAsync("Bram");
        var chloe = await CreatePersonAsync("Chloé");
        var dirk = await CreatePersonAsync("Dirk");
        var someoneElse = await CreatePersonAsync("Els");
        var (otherCoach, other) = await AccountAsync(Roles.Coach);
        other.Dispose();
        foreach (var person in new[] { bram, chloe, dirk })
        {
            await AssignCoachAsync(person);
        }

        await AssignCoachAsync(someoneElse, otherCoach);
        var bramPlaced = await PlaceAsync(bram, startedDaysAgo: 10);
        var chloePlaced = await PlaceAsync(chloe, startedDaysAgo: 2);
        await (await RecordAsync(Coach, chloePlaced.First.Id, CheckInBody(risk: "high"))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var people = await ItemsAsync(Coach, "/api/v1/coaches/me/people");

        people.Select(p => p.GetProperty("profileId").GetGuid()).ShouldBe([bram, chloe, dirk]);
        var first = people[0];
        first.GetProperty("displayName").GetString().ShouldBe("Bram");
        first.GetProperty("district").GetString().ShouldBe("Deurne");
        first.GetProperty("openPlacements").GetInt32().ShouldBe(1);
        first.GetProperty("nextCheckIn").GetProperty("id").GetGuid().ShouldBe(bramPlaced.First.Id);
        first.GetProperty("nextCheckIn").GetProperty("offset").GetString().ShouldBe("1w");
        first.GetProperty("nextCheckIn").GetProperty("dueOn").GetString().ShouldBe(Today.AddDays(-3).ToString("yyyy-MM-dd"));
        first.GetProperty("nextCheckIn").GetProperty("overdue").GetBoolean().ShouldBeTrue();
        first.GetProperty("openEscalations").GetInt32().ShouldBe(0);
        var second = people[1];
        second.GetProperty("nextCheckIn").GetProperty("id").GetGuid().ShouldBe(chloePlaced.CheckIns[1].Id);
        second.GetProperty("nextCheckIn").GetProperty("overdue").GetBoolean().ShouldBeFalse();
        second.GetProperty("openEscalations").GetInt32().ShouldBe(1);
        people[2].GetProperty("nextCheckIn").ValueKind.ShouldBe(JsonValueKind.Null);
        people[2].GetProperty("openPlacements").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task CoachPeople_AsMatchmaker_PagesThatCoachsPeople()
    {
        await AssignCoachAsync(await CreatePersonAsync("Bram"));
        await AssignCoachAsync(await CreatePersonAsync("Chloé"));

        var page = await Matchmaker.ListAsync($"/api/v1/coaches/{CoachId}/people?pageSize=1&page=2");

        page.GetProperty("total").GetInt32().ShouldBe(2);
        page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("displayName").GetString().ShouldBe("Chloé");
        (await Admin.TotalAsync($"/api/v1/coaches/{CoachId}/people")).ShouldBe(2);
    }

    [Test]
    public async Task CoachPeople_ForOthersOrNoCoach_IsRefused()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        using var employer = await Testing.AsAsync(Roles.Employer, OrganisationId);

        await (await Coach.GetAsync($"/api/v1/coaches/{CoachId}/people")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await Matchmaker.GetAsync("/api/v1/coaches/me/people")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await seeker.GetAsync("/api/v1/coaches/me/people")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employer.GetAsync($"/api/v1/coaches/{CoachId}/people")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await Matchmaker.GetAsync($"/api/v1/coaches/{MatchmakerId}/people")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await Coach.GetAsync("/api/v1/coaches/me/people?pageSize=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["pageSize"]);
    }
}
