using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Opportunities;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;

namespace TalentMatch.FunctionalTests.Matchmaking;

public sealed class MatchLifecycleTests : MatchmakingTest
{
    [Test]
    public async Task JobMatch_WalkedFromShortlistToPlacement_RecordsEveryStepAndPlansTheCheckIns()
    {
        var (personId, person, profile) = await OwnedProfileAsync();
        var match = await CreateMatchAsync(profile);
        var id = match.Id();
        var etags = new List<string?>();

        foreach (var (client, to) in new[] { (Matchmaker, "proposed"), (person, "accepted"), (Matchmaker, "introduced"), (Matchmaker, "placed") })
        {
            var response = await TransitionAsync(client, id, to == "accepted" ? new { to } : Body(to));
            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            match = await response.JsonAsync();
            match.GetProperty("state").GetString().ShouldBe(to);
            etags.Add(response.Headers.ETag?.Tag);
        }

        etags.ShouldAllBe(e => e != null);
        etags.Distinct().Count().ShouldBe(4);
        States(match).ShouldBe(["shortlisted", "proposed", "accepted", "introduced", "placed"]);
        match.GetProperty("history").EnumerateArray().Select(t => t.GetProperty("byUserId").GetGuid())
            .ShouldBe([MatchmakerId, MatchmakerId, personId, MatchmakerId, MatchmakerId]);
        match.GetProperty("startDate").GetString().ShouldBe(StartDate);
        match.GetProperty("contract").GetString().ShouldBe("permanent");
        match.GetProperty("placedAt").ValueKind.ShouldBe(JsonValueKind.String);
        match.GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()).ShouldBe(["closed"]);
        var consent = match.GetProperty("consent");
        consent.GetProperty("givenAt").ValueKind.ShouldBe(JsonValueKind.String);
        consent.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["name", "email", "phone", "postcode"]);

        var plan = Testing.Factory.Services.GetRequiredService<AftercareOptions>().Offsets;
        var checkIns = await InDatabaseAsync(db => db.CheckIns.AsNoTracking().Where(c => c.MatchId == id).ToListAsync());
        plan.Count.ShouldBeGreaterThan(0);
        checkIns.Select(c => c.DueOn).ShouldBe(plan.Select(o => o.DueOn(DateOnly.Parse(StartDate))), ignoreOrder: true);
        checkIns.ShouldAllBe(c => c.ProfileId == profile && c.CompletedAt == null);
    }

    [Test]
    public async Task JobMatch_NotPlaced_HasNoCheckIns()
    {
        var match = await CreateMatchAsync(await UnclaimedProfileAsync());

        await WalkAsync(match.Id(), null, "proposed", "accepted", "introduced", "closed");

        (await InDatabaseAsync(db => db.CheckIns.CountAsync(c => c.MatchId == match.Id()))).ShouldBe(0);
    }

    [Test]
    public async Task VolunteeringMatch_WalkedToDone_TheRequestingOrganisationConfirmsIt()
    {
        var request = await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Required(Forklift)], OrganisationId);
        var (_, person, profile) = await OwnedProfileAsync();
        var match = await CreateMatchAsync(profile, volunteerRequestId: request);
        await MoveAsync(Matchmaker, match.Id(), new { to = "offered" });
        await MoveAsync(person, match.Id(), new { to = "accepted" });
        var employer = await ClientAsync(Roles.Employer, OrganisationId);

        var done = await MoveAsync(employer, match.Id(), new { to = "done" });

        done.GetProperty("state").GetString().ShouldBe("done");
        done.GetProperty("allowedTransitions").GetArrayLength().ShouldBe(0);
        (await GetMatchAsync(Matchmaker, match.Id())).GetProperty("closedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Test]
    public async Task VolunteeringMatch_DoneByAnEmployerOfAnotherOrganisation_Returns404_ByAJobHunter_Returns403()
    {
        var request = await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Required(Forklift)], OrganisationId);
        var match = await CreateMatchAsync(await UnclaimedProfileAsync(), volunteerRequestId: request);
        await WalkAsync(match.Id(), null, "offered", "accepted");
        var stranger = await ClientAsync(Roles.Employer, await CreateOrganisationAsync("Other"));
        var jobHunter = await ClientAsync(Roles.JobHunter);

        // The other organisation's employer does not see the match (404, as when reading it); a job hunter may not move matches at all.
        (await TransitionAsync(stranger, match.Id(), new { to = "done" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TransitionAsync(jobHunter, match.Id(), new { to = "done" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await GetMatchAsync(Matchmaker, match.Id())).GetProperty("state").GetString().ShouldBe("accepted");
    }

    [Test]
    public async Task AnswersOnBehalf_IsTrueOnlyForStaffWhoRecordTheAnswersOfSomeoneWithoutAnAccount()
    {
        var unclaimed = (await CreateMatchAsync(await UnclaimedProfileAsync())).Id();
        await WalkAsync(unclaimed, null, "proposed");
        var (_, person, _, owned) = await OwnedMatchAsync("proposed");
        var employer = await ClientAsync(Roles.Employer, OrganisationId);

        (await GetMatchAsync(Matchmaker, unclaimed)).GetProperty("answersOnBehalf").GetBoolean().ShouldBeTrue();
        (await GetMatchAsync(employer, unclaimed)).GetProperty("answersOnBehalf").GetBoolean().ShouldBeFalse();
        (await GetMatchAsync(Matchmaker, owned)).GetProperty("answersOnBehalf").GetBoolean().ShouldBeFalse();
        (await GetMatchAsync(person, owned)).GetProperty("answersOnBehalf").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public async Task JobMatch_MovedByAnEmployer_Returns403()
    {
        var match = await CreateMatchAsync(await UnclaimedProfileAsync());
        await WalkAsync(match.Id(), null, "proposed", "accepted");
        var employer = await ClientAsync(Roles.Employer, OrganisationId);

        var response = await TransitionAsync(employer, match.Id(), new { to = "introduced" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>A sample of moves the state machine refuses, from every state of both kinds.</summary>
    public static IEnumerable<TestCaseData> ForbiddenMoves()
    {
        TestCaseData Case(string kind, string[] path, string to, string[] allowed) =>
            new TestCaseData(kind, path, to, allowed).SetArgDisplayNames(kind, path.LastOrDefault() ?? "shortlisted", to);

        yield return Case("job", [], "accepted", ["proposed", "withdrawn"]);
        yield return Case("job", [], "placed", ["proposed", "withdrawn"]);
        yield return Case("job", [], "offered", ["proposed", "withdrawn"]);
        yield return Case("job", [], "shortlisted", ["proposed", "withdrawn"]);
        yield return Case("job", ["proposed"], "introduced", ["accepted", "declined", "withdrawn"]);
        yield return Case("job", ["proposed", "accepted"], "placed", ["introduced", "withdrawn"]);
        yield return Case("job", ["proposed", "declined"], "proposed", []);
        yield return Case("job", ["proposed", "accepted", "introduced"], "accepted", ["placed", "closed", "withdrawn"]);
        yield return Case("job", ["proposed", "accepted", "introduced", "placed"], "withdrawn", ["closed"]);
        yield return Case("job", ["proposed", "accepted", "introduced", "closed"], "introduced", []);
        yield return Case("job", ["withdrawn"], "proposed", []);
        yield return Case("volunteering", [], "proposed", ["offered", "withdrawn"]);
        yield return Case("volunteering", ["offered"], "done", ["accepted", "declined", "withdrawn"]);
        yield return Case("volunteering", ["offered", "accepted"], "placed", ["done", "withdrawn"]);
        yield return Case("volunteering", ["offered", "declined"], "accepted", []);
        yield return Case("volunteering", ["offered", "accepted", "done"], "withdrawn", []);
        yield return Case("volunteering", ["withdrawn"], "offered", []);
    }

    [TestCaseSource(nameof(ForbiddenMoves))]
    public async Task Transition_NotAllowedFromTheState_Returns409WithTheAllowedTransitionsAndChangesNothing(string kind, string[] path, string to, string[] allowed)
    {
        var profile = await UnclaimedProfileAsync();
        var match = kind == "job"
            ? await CreateMatchAsync(profile)
            : await CreateMatchAsync(profile, volunteerRequestId: await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Required(Forklift)]));
        await WalkAsync(match.Id(), null, path);
        var before = await Matchmaker.SnapshotAsync($"/api/v1/matches/{match.Id()}");

        var response = await TransitionAsync(Matchmaker, match.Id(), Body(to));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("currentState").GetString().ShouldBe(path.LastOrDefault() ?? "shortlisted");
        problem.GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()).ShouldBe(allowed, ignoreOrder: true);
        (await Matchmaker.SnapshotAsync($"/api/v1/matches/{match.Id()}")).ShouldBe(before);
    }

    public static IEnumerable<TestCaseData> BadTransitions()
    {
        TestCaseData Case(string name, string[] path, string body, string field) =>
            new TestCaseData(path, body, field).SetArgDisplayNames(name);

        yield return Case("placed without start date", ["proposed", "accepted", "introduced"], """{"to":"placed","contract":"permanent"}""", "startDate");
        yield return Case("placed without contract", ["proposed", "accepted", "introduced"], """{"to":"placed","startDate":"2026-12-01"}""", "contract");
        yield return Case("placed with an unknown contract", ["proposed", "accepted", "introduced"], """{"to":"placed","startDate":"2026-12-01","contract":"forever"}""", "contract");
        yield return Case("closed without reason", ["proposed", "accepted", "introduced"], """{"to":"closed"}""", "reason");
        yield return Case("withdrawn with a blank reason", [], """{"to":"withdrawn","reason":"  "}""", "reason");
        yield return Case("reason too long", [], $$"""{"to":"withdrawn","reason":"{{new string('x', 1001)}}"}""", "reason");
        yield return Case("no target", [], """{"reason":"why"}""", "to");
        yield return Case("unknown target", [], """{"to":"hired"}""", "to");
        yield return Case("start date without placement", [], """{"to":"proposed","startDate":"2026-12-01"}""", "startDate");
        yield return Case("disclose without accepting", [], """{"to":"proposed","disclose":["name"]}""", "disclose");
        yield return Case("disclose all at once", ["proposed"], """{"to":"accepted","reason":"By phone.","disclose":["all"]}""", "disclose[0]");
        yield return Case("disclose twice", ["proposed"], """{"to":"accepted","reason":"By phone.","disclose":["name","name"]}""", "disclose");
        yield return Case("disclose an unknown field", ["proposed"], """{"to":"accepted","reason":"By phone.","disclose":["address"]}""", "disclose[0]");
    }

    [TestCaseSource(nameof(BadTransitions))]
    public async Task Transition_WithABadBody_Returns400NamingTheFieldAndChangesNothing(string[] path, string body, string field)
    {
        var match = await CreateMatchAsync(await UnclaimedProfileAsync());
        await WalkAsync(match.Id(), null, path);
        var before = await Matchmaker.SnapshotAsync($"/api/v1/matches/{match.Id()}");

        var response = await Matchmaker.SendJsonAsync(HttpMethod.Post, $"/api/v1/matches/{match.Id()}/transitions", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldContain(field);
        (await Matchmaker.SnapshotAsync($"/api/v1/matches/{match.Id()}")).ShouldBe(before);
    }

    [Test]
    public async Task Transition_OfAnUnknownMatch_Returns404()
    {
        var response = await TransitionAsync(Matchmaker, Guid.NewGuid(), new { to = "proposed" });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Answer_ByTheOwner_IsRecordedAsTheirsAndTellsTheMatchmaker()
    {
        var (personId, person, _, matchId) = await OwnedMatchAsync("proposed");

        var declined = await MoveAsync(person, matchId, new { to = "declined", reason = "Too early in the morning for me." });

        declined.GetProperty("state").GetString().ShouldBe("declined");
        var answer = declined.GetProperty("history").EnumerateArray().Last();
        answer.GetProperty("byUserId").GetGuid().ShouldBe(personId);
        answer.GetProperty("reason").GetString().ShouldBe("Too early in the morning for me.");
        declined.GetProperty("consent").GetProperty("givenAt").ValueKind.ShouldBe(JsonValueKind.Null);
        var notifications = await NotificationsAboutAsync(matchId);
        notifications.Select(n => (n.RecipientUserId, n.Type)).ShouldBe([(personId, NotificationType.ProposalMade), (MatchmakerId, NotificationType.AnswerGiven)]);
    }

    [Test]
    public async Task Answer_ByAnotherJobSeeker_Returns404AsWhenReadingIt()
    {
        var (_, _, _, matchId) = await OwnedMatchAsync("proposed");
        var stranger = await ClientAsync(Roles.JobSeeker);

        var response = await TransitionAsync(stranger, matchId, new { to = "accepted" });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/v1/matches/{matchId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await GetMatchAsync(Matchmaker, matchId)).GetProperty("state").GetString().ShouldBe("proposed");
    }

    [Test]
    public async Task Answer_ByStaffForAPersonWithAnAccount_Returns403()
    {
        var (_, _, _, matchId) = await OwnedMatchAsync("proposed");

        var response = await TransitionAsync(Matchmaker, matchId, new { to = "accepted", reason = "Said yes on the phone." });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [TestCase("introduced")]
    [TestCase("withdrawn")]
    public async Task Transition_OtherThanAnAnswerByThePerson_Returns403(string to)
    {
        var (_, person, _, matchId) = await OwnedMatchAsync("proposed", "accepted");

        var response = await TransitionAsync(person, matchId, Body(to));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Answer_ByStaffForAPersonWithoutAnAccount_NeedsAReasonAndIsRecordedAsTheirs()
    {
        var match = await CreateMatchAsync(await UnclaimedProfileAsync());
        await WalkAsync(match.Id(), null, "proposed");

        var withoutReason = await TransitionAsync(Matchmaker, match.Id(), new { to = "accepted" });
        var problem = await withoutReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldBe(["reason"]);

        var accepted = await MoveAsync(Matchmaker, match.Id(), new { to = "accepted", reason = "Answered by phone on 3 November.", disclose = new[] { "name", "phone" } });
        var answer = accepted.GetProperty("history").EnumerateArray().Last();
        answer.GetProperty("byUserId").GetGuid().ShouldBe(MatchmakerId);
        answer.GetProperty("reason").GetString().ShouldBe("Answered by phone on 3 November.");
        accepted.GetProperty("consent").GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["name", "phone"]);
        (await NotificationsAboutAsync(match.Id())).Where(n => n.Type == NotificationType.AnswerGiven).ShouldHaveSingleItem().RecipientUserId.ShouldBe(MatchmakerId);
    }

    [Test]
    public async Task Answer_ByTheCoachOfAPersonWithoutAnAccount_IsAllowed_ByAnotherCoachIsNot()
    {
        var profile = await UnclaimedProfileAsync();
        var (coachId, coach) = await UserAsync(Roles.Coach);
        await AssignCoachAsync(profile, coachId);
        var otherCoach = await ClientAsync(Roles.Coach);
        var match = await CreateMatchAsync(profile);
        await WalkAsync(match.Id(), null, "proposed");

        (await TransitionAsync(otherCoach, match.Id(), new { to = "accepted", reason = "Told me so." })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var accepted = await MoveAsync(coach, match.Id(), new { to = "accepted", reason = "Told me at our weekly meeting." });

        accepted.GetProperty("history").EnumerateArray().Last().GetProperty("byUserId").GetGuid().ShouldBe(coachId);
    }

    [Test]
    public async Task Transition_OtherThanAnAnswerByACoach_Returns403()
    {
        var profile = await UnclaimedProfileAsync();
        var (coachId, coach) = await UserAsync(Roles.Coach);
        await AssignCoachAsync(profile, coachId);
        var match = await CreateMatchAsync(profile);

        var response = await TransitionAsync(coach, match.Id(), new { to = "proposed" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Proposal_ToAPersonWithoutAnAccount_NotifiesTheirCoach_OrNobodyWithoutOne()
    {
        var coached = await UnclaimedProfileAsync("Coached");
        var (coachId, _) = await UserAsync(Roles.Coach);
        await AssignCoachAsync(coached, coachId);
        var alone = await UnclaimedProfileAsync("Alone");
        var request = await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Required(Forklift)]);
        var job = await CreateMatchAsync(coached);
        var volunteering = await CreateMatchAsync(coached, volunteerRequestId: request);
        var nobody = await CreateMatchAsync(alone);

        await WalkAsync(job.Id(), null, "proposed");
        await WalkAsync(volunteering.Id(), null, "offered");
        await WalkAsync(nobody.Id(), null, "proposed");

        (await NotificationsAboutAsync(job.Id())).Select(n => (n.RecipientUserId, n.Type)).ShouldBe([(coachId, NotificationType.ProposalMade)]);
        (await NotificationsAboutAsync(volunteering.Id())).Select(n => (n.RecipientUserId, n.Type)).ShouldBe([(coachId, NotificationType.ProposalMade)]);
        (await NotificationsAboutAsync(nobody.Id())).ShouldBeEmpty();
    }

    [Test]
    public async Task WithdrawConsent_ByThePerson_TellsTheMatchmakerAndIsInTheHistory()
    {
        var (personId, person, _, matchId) = await OwnedMatchAsync("proposed", "accepted");

        // No body at all: the reason is optional.
        var response = await person.PostAsync($"/api/v1/matches/{matchId}/consent/withdraw", null);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var withdrawn = await response.JsonAsync();
        withdrawn.GetProperty("state").GetString().ShouldBe("accepted");
        withdrawn.GetProperty("consent").GetProperty("withdrawnAt").ValueKind.ShouldBe(JsonValueKind.String);
        withdrawn.GetProperty("consent").GetProperty("disclosesToEmployer").GetBoolean().ShouldBeFalse();
        var entry = withdrawn.GetProperty("history").EnumerateArray().Last();
        entry.GetProperty("consentWithdrawn").GetBoolean().ShouldBeTrue();
        entry.GetProperty("byUserId").GetGuid().ShouldBe(personId);
        (await NotificationsAboutAsync(matchId)).Last().Type.ShouldBe(NotificationType.ConsentWithdrawn);
        (await NotificationsAboutAsync(matchId)).Last().RecipientUserId.ShouldBe(MatchmakerId);
    }

    [Test]
    public async Task WithdrawConsent_ByAnotherJobSeeker_Returns404_ByStaffForAPersonWithAnAccount_Returns403()
    {
        var (_, person, _, matchId) = await OwnedMatchAsync("proposed", "accepted");
        var stranger = await ClientAsync(Roles.JobSeeker);

        (await stranger.PostAsJsonAsync($"/api/v1/matches/{matchId}/consent/withdraw", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Matchmaker.PostAsJsonAsync($"/api/v1/matches/{matchId}/consent/withdraw", new { reason = "Asked by phone." })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await GetMatchAsync(Matchmaker, matchId)).GetProperty("consent").GetProperty("withdrawnAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task WithdrawConsent_ByStaffForAPersonWithoutAnAccount_NeedsAReason()
    {
        var match = await CreateMatchAsync(await UnclaimedProfileAsync());
        await WalkAsync(match.Id(), null, "proposed", "accepted");

        var withoutReason = await Matchmaker.PostAsJsonAsync($"/api/v1/matches/{match.Id()}/consent/withdraw", new { });
        (await withoutReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["reason"]);

        var withReason = await Matchmaker.PostAsJsonAsync($"/api/v1/matches/{match.Id()}/consent/withdraw", new { reason = "Asked at the counter on 4 November." });
        await withReason.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await withReason.JsonAsync()).GetProperty("history").EnumerateArray().Last().GetProperty("reason").GetString().ShouldBe("Asked at the counter on 4 November.");
    }

    [Test]
    public async Task WithdrawConsent_WhenNoConsentWasGiven_Returns409()
    {
        var (_, person, _, matchId) = await OwnedMatchAsync("proposed");

        var response = await person.PostAsJsonAsync($"/api/v1/matches/{matchId}/consent/withdraw", new { });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await NotificationsAboutAsync(matchId)).ShouldNotContain(n => n.Type == NotificationType.ConsentWithdrawn);
    }

    [Test]
    public async Task DeleteProfile_WithMatches_RemovesTheMatchesTheirHistoryAndCheckIns()
    {
        var profile = await UnclaimedProfileAsync();
        var match = await CreateMatchAsync(profile);
        await WalkAsync(match.Id(), null, "proposed", "accepted", "introduced", "placed");

        using var admin = await Testing.AsAdminAsync();
        await (await admin.DeleteAsync($"/api/v1/profiles/{profile}?reason=noLongerNeeded")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        await (await Matchmaker.GetAsync($"/api/v1/matches/{match.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await InDatabaseAsync(db => db.Matches.CountAsync(m => m.ProfileId == profile))).ShouldBe(0);
        (await InDatabaseAsync(db => db.MatchTransitions.CountAsync(t => t.MatchId == match.Id()))).ShouldBe(0);
        (await InDatabaseAsync(db => db.CheckIns.CountAsync(c => c.ProfileId == profile))).ShouldBe(0);
    }

    [Test]
    public async Task DeleteVacancy_WithMatches_Returns409AndKeepsThem()
    {
        var match = await CreateMatchAsync(await UnclaimedProfileAsync());
        var unmatched = await CreateVacancyAsync(OrganisationId, OpportunityStatus.Closed, [Required(Forklift)]);
        await CloseAsync(VacancyId);
        using var admin = await Testing.AsAdminAsync();

        var response = await admin.DeleteAsync($"/api/v1/vacancies/{VacancyId}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await GetMatchAsync(Matchmaker, match.Id());
        await (await admin.DeleteAsync($"/api/v1/vacancies/{unmatched}")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
    }

    private static Task CloseAsync(Guid opportunityId) =>
        InDatabaseAsync(async db =>
        {
            var opportunity = await db.Opportunities.Include(o => o.Requirements).SingleAsync(o => o.Id == opportunityId);
            opportunity.ChangeStatus(OpportunityStatus.Closed);
            return await db.SaveChangesAsync();
        });
}
