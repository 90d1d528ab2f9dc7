using System.Net;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Notifications;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Aftercare;

public sealed class CheckInTests : AftercareTest
{
    private const string CheckIns = "/api/v1/aftercare/check-ins";

    private static IEnumerable<TestCaseData> BadBodies()
    {
        yield return BadInput.Case(BadInput.Change("wellbeing 0", b => b["wellbeing"] = 0, "wellbeing"));
        yield return BadInput.Case(BadInput.Change("wellbeing 6", b => b["wellbeing"] = 6, "wellbeing"));
        yield return BadInput.Case(BadInput.Change("wellbeing missing", b => b.Remove("wellbeing"), "wellbeing"));
        yield return BadInput.Case(BadInput.Change("risk unknown", b => b["risk"] = "severe", "risk"));
        yield return BadInput.Case(BadInput.Change("risk missing", b => b.Remove("risk"), "risk"));
        yield return BadInput.Case(BadInput.Change("completedAt missing", b => b.Remove("completedAt"), "completedAt"));
        yield return BadInput.Case(BadInput.Change("completedAt in the future", b => b["completedAt"] = DateTimeOffset.Now.AddDays(1), "completedAt"));
        yield return BadInput.Case(BadInput.Change("completedAt before the start", b => b["completedAt"] = DateTimeOffset.Now.AddDays(-30), "completedAt"));
        yield return BadInput.Case(BadInput.Change("notes too long", b => b["notes"] = new string('x', 4001), "notes"));
        yield return BadInput.Case(BadInput.Malformed);
    }

    [Test]
    public async Task List_ByDue_SplitsOverdueUpcomingAndCompleted()
    {
        var placed = await PlaceWithCoachAsync(startedDaysAgo: 40);
        await (await RecordAsync(Coach, placed.First.Id, CheckInBody())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var (week, month, threeMonths, sixMonths) = (placed.CheckIns[0], placed.CheckIns[1], placed.CheckIns[2], placed.CheckIns[3]);

        (await IdsAsync(Coach, $"{CheckIns}?due=overdue")).ShouldBe([month.Id]);
        (await IdsAsync(Coach, $"{CheckIns}?due=upcoming")).ShouldBe([threeMonths.Id, sixMonths.Id]);
        (await IdsAsync(Coach, $"{CheckIns}?due=completed")).ShouldBe([week.Id]);
        var all = await ItemsAsync(Coach, CheckIns);
        all.Select(c => c.GetProperty("id").GetGuid()).ShouldBe([week.Id, month.Id, threeMonths.Id, sixMonths.Id]);
        all.Select(c => c.GetProperty("state").GetString()).ShouldBe(["completed", "overdue", "upcoming", "upcoming"]);
        all.Select(c => c.GetProperty("offset").GetString()).ShouldBe(["1w", "1m", "3m", "6m"]);
        all[1].GetProperty("dueOn").GetString().ShouldBe(month.DueOn.ToString("yyyy-MM-dd"));
        all[1].GetProperty("displayName").GetString().ShouldBe("Amina");
    }

    [Test]
    public async Task List_AsCoach_SeesOnlyTheirOwnPeople()
    {
        var (otherCoach, otherClient) = await AccountAsync(Roles.Coach);
        using var other = otherClient;
        var myPlacement = await PlaceWithCoachAsync(startedDaysAgo: 1, displayName: "Mine");
        var theirPlacement = await PlaceWithCoachAsync(startedDaysAgo: 1, otherCoach, displayName: "Theirs");

        (await IdsAsync(Coach, CheckIns)).ShouldBe(myPlacement.CheckIns.Select(c => c.Id));
        (await IdsAsync(Coach, $"{CheckIns}?coachId={CoachId}")).Count.ShouldBe(4);
        await (await Coach.GetAsync($"{CheckIns}?coachId={otherCoach}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await IdsAsync(other, CheckIns)).ShouldBe(theirPlacement.CheckIns.Select(c => c.Id));
        (await Matchmaker.TotalAsync(CheckIns)).ShouldBe(8);
        (await IdsAsync(Matchmaker, $"{CheckIns}?coachId={otherCoach}")).ShouldBe(theirPlacement.CheckIns.Select(c => c.Id));
        (await Admin.TotalAsync($"{CheckIns}?profileId={myPlacement.ProfileId}")).ShouldBe(4);
        (await IdsAsync(Admin, $"{CheckIns}?matchId={theirPlacement.MatchId}&due=upcoming")).Count.ShouldBe(4);
        await (await other.GetAsync($"{CheckIns}/{myPlacement.First.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task List_AsEmployerOrJobSeekerOrWithUnknownDue_IsRefused()
    {
        using var employer = await Testing.AsAsync(Roles.Employer, OrganisationId);
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var person = await CreatePersonAsync();
        var placed = await PlaceAsync(person, startedDaysAgo: 1);

        await (await employer.GetAsync(CheckIns)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await seeker.GetAsync(CheckIns)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await seeker.GetAsync($"{CheckIns}/{placed.First.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await RecordAsync(employer, placed.First.Id, CheckInBody())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await Coach.GetAsync($"{CheckIns}?due=someday")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["due"]);
        await (await Coach.GetAsync($"{CheckIns}/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Record_WithCurrentETag_Returns200WithNewETag()
    {
        var placed = await PlaceWithCoachAsync(startedDaysAgo: 8);
        var get = await Coach.GetAsync($"{CheckIns}/{placed.First.Id}");
        await get.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var etag = get.Headers.ETag!.Tag;
        (await get.JsonAsync()).GetProperty("state").GetString().ShouldBe("overdue");

        var put = await RecordAsync(Coach, placed.First.Id, CheckInBody(wellbeing: 3, risk: "low"), etag);

        await put.ShouldHaveStatusAsync(HttpStatusCode.OK);
        put.Headers.ETag!.Tag.ShouldNotBe(etag);
        var recorded = await put.JsonAsync();
        recorded.GetProperty("state").GetString().ShouldBe("completed");
        recorded.GetProperty("wellbeing").GetInt32().ShouldBe(3);
        recorded.GetProperty("risk").GetString().ShouldBe("low");
        recorded.GetProperty("stillWorking").GetBoolean().ShouldBeTrue();
        recorded.GetProperty("completedByUserId").GetGuid().ShouldBe(CoachId);
        recorded.GetProperty("actions").GetString().ShouldBe("Volgende week bellen.");
        (await Coach.GetAsync($"{CheckIns}/{placed.First.Id}")).Headers.ETag!.Tag.ShouldBe(put.Headers.ETag.Tag);
    }

    [Test]
    public async Task Record_WithStaleIfMatch_Returns412AndChangesNothing()
    {
        var placed = await PlaceWithCoachAsync(startedDaysAgo: 8);
        var url = $"{CheckIns}/{placed.First.Id}";
        var stale = (await Coach.GetAsync(url)).Headers.ETag!.Tag;
        await (await RecordAsync(Matchmaker, placed.First.Id, CheckInBody(wellbeing: 5), stale)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await Coach.SnapshotAsync(url);

        var response = await RecordAsync(Coach, placed.First.Id, CheckInBody(wellbeing: 1), stale);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await Coach.SnapshotAsync(url)).ShouldBe(before);
    }

    [Test]
    public async Task Record_Concurrently_Answers200Or409NeverAServerError()
    {
        var placed = await PlaceWithCoachAsync(startedDaysAgo: 8);

        var responses = await Task.WhenAll(Enumerable.Range(1, 5).Select(w => RecordAsync(w % 2 == 0 ? Coach : Matchmaker, placed.First.Id, CheckInBody(wellbeing: w))));

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict);
        responses.ShouldContain(r => r.StatusCode == HttpStatusCode.OK);
    }

    [TestCaseSource(nameof(BadBodies))]
    public async Task Record_WithBadBody_Returns400NamingTheField(BadInput input)
    {
        var placed = await PlaceWithCoachAsync(startedDaysAgo: 10);

        await Coach.ShouldRejectAsync(input, HttpMethod.Put, $"{CheckIns}/{placed.First.Id}", CheckInBody(), $"{CheckIns}?due=completed", $"{CheckIns}/{placed.First.Id}");
    }

    [Test]
    public async Task Record_ByAnotherCoach_Returns403_ByMatchmakerOrAdmin_Returns200()
    {
        var placed = await PlaceWithCoachAsync(startedDaysAgo: 10);
        using var otherCoach = (await AccountAsync(Roles.Coach)).Client;

        await (await RecordAsync(otherCoach, placed.First.Id, CheckInBody())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await RecordAsync(Matchmaker, placed.First.Id, CheckInBody())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await RecordAsync(Admin, placed.CheckIns[1].Id, CheckInBody())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await RecordAsync(Coach, Guid.NewGuid(), CheckInBody())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Record_WithHighRisk_RaisesOneEscalationToTheMatchmaker()
    {
        var placed = await PlaceWithCoachAsync(startedDaysAgo: 10);

        var first = await RecordAsync(Coach, placed.First.Id, CheckInBody(wellbeing: 1, risk: "high"));
        var again = await RecordAsync(Coach, placed.First.Id, CheckInBody(wellbeing: 2, risk: "high"));

        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await again.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var escalationId = (await first.JsonAsync()).GetProperty("openEscalationId").GetGuid();
        (await again.JsonAsync()).GetProperty("openEscalationId").GetGuid().ShouldBe(escalationId);
        var escalation = (await ItemsAsync(Matchmaker, "/api/v1/aftercare/escalations")).ShouldHaveSingleItem();
        escalation.GetProperty("id").GetGuid().ShouldBe(escalationId);
        escalation.GetProperty("checkInId").GetGuid().ShouldBe(placed.First.Id);
        escalation.GetProperty("matchId").GetGuid().ShouldBe(placed.MatchId);
        escalation.GetProperty("matchmakerUserId").GetGuid().ShouldBe(MatchmakerId);
        escalation.GetProperty("open").GetBoolean().ShouldBeTrue();
        var notification = (await NotificationsAboutAsync(escalationId)).ShouldHaveSingleItem();
        notification.Type.ShouldBe(NotificationType.Escalation);
        notification.RecipientUserId.ShouldBe(MatchmakerId);
    }
}
