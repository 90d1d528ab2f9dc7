using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Shouldly;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.FunctionalTests.Profiles;
using TalentMatch.FunctionalTests.Vacancies;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Story;

/// <summary>
/// One placement from beginning to end, over HTTP only, each step by the role that does it in
/// real life: a talent scout records a person's talents, a job hunter posts a vacancy, a matchmaker
/// proposes, the person accepts, the employer meets them, a coach follows up until the outcome
/// at six months, and the reports count it.
/// </summary>
public sealed class WholeStoryTests : VacancyTest
{
    [Test]
    public async Task Placement_FromTalentScoutToSixMonthOutcome_EveryRoleSeesWhatItShould()
    {
        var scoutAccount = await Testing.CreateAccountAsync(Roles.TalentScout);
        var coachAccount = await Testing.CreateAccountAsync(Roles.Coach);
        using var scout = await Testing.SignedInAsync(scoutAccount.Email, scoutAccount.Password);
        using var hunter = await Testing.AsAsync(Roles.JobHunter);
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
        using var coach = await Testing.SignedInAsync(coachAccount.Email, coachAccount.Password);
        using var employer = await Testing.AsAsync(Roles.Employer, OrganisationId);

        // The talent scout meets Amina, who has no account yet, and records what she can do:
        // forklift driving learned in life, which the scout confirms.
        var profileId = await ProfilesTests.CreateAsync(scout, ProfilesTests.Body(Forklift));
        var confirmed = await scout.PostAsJsonAsync($"/api/v1/profiles/{profileId}/competences/{Forklift}/confirm", new { level = 3, source = "life", note = "showed it at the recycling park" });
        await confirmed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var competence = (await confirmed.JsonAsync()).GetProperty("competences").EnumerateArray().Single(c => c.GetProperty("competenceId").GetGuid() == Forklift);
        competence.GetProperty("evidence").GetString().ShouldBe("confirmed");
        competence.GetProperty("confirmedByUserId").GetGuid().ShouldBe(scoutAccount.Id);

        // Amina claims her profile with the one-time code: from now on she answers for herself.
        var code = (await (await scout.PostAsync($"/api/v1/profiles/{profileId}/claim-code", null)).JsonAsync()).GetProperty("code").GetString();
        var aminaAccount = await Testing.CreateAccountAsync(Roles.JobSeeker);
        using var amina = await Testing.SignedInAsync(aminaAccount.Email, aminaAccount.Password);
        await (await amina.PostAsJsonAsync($"/api/v1/profiles/{profileId}/claim", new { code })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // The job hunter posts an open vacancy for the organisation.
        var vacancyId = (await CreateVacancyAsync(hunter, VacancyBody(status: "open"))).Id();

        // The matchmaker finds her among the ranked candidates, gives her a coach, shortlists and proposes.
        var ranked = await (await matchmaker.GetAsync($"/api/v1/vacancies/{vacancyId}/matches")).JsonAsync();
        ranked.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("profileId").GetGuid() == profileId);
        var coachAssigned = await matchmaker.SendJsonAsync(HttpMethod.Put, $"/api/v1/profiles/{profileId}/coach", new JsonObject { ["coachUserId"] = coachAccount.Id.ToString() });
        await coachAssigned.ShouldHaveStatusAsync(HttpStatusCode.OK);

        var created = await matchmaker.PostAsJsonAsync("/api/v1/matches", new { profileId, vacancyId });
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var match = await created.JsonAsync();
        var matchId = match.Id();
        match.GetProperty("state").GetString().ShouldBe("shortlisted");
        match.GetProperty("score").GetDouble().ShouldBeGreaterThan(0);
        match.GetProperty("usesCompetencesLearnedElsewhere").GetBoolean().ShouldBeTrue();
        await MoveAsync(matchmaker, matchId, new JsonObject { ["to"] = "proposed" });

        // Before she answers, the employer sees the district, not who she is.
        var anonymous = await (await employer.GetAsync($"/api/v1/matches/{matchId}")).JsonAsync();
        ShouldShowOnly(anonymous.GetProperty("person"), "district");

        // Amina hears of the proposal and accepts, showing the employer her name and e-mail only.
        var aminaNews = await (await amina.GetAsync("/api/v1/notifications")).JsonAsync();
        aminaNews.GetProperty("items").EnumerateArray().ShouldContain(n => n.GetProperty("type").GetString() == "proposalMade" && n.GetProperty("subjectId").GetGuid() == matchId);
        await MoveAsync(amina, matchId, new JsonObject { ["to"] = "accepted", ["disclose"] = Array("name", "email") });

        var disclosed = (await (await employer.GetAsync($"/api/v1/matches/{matchId}")).JsonAsync()).GetProperty("person");
        ShouldShowOnly(disclosed, "district", "displayName", "email");
        disclosed.GetProperty("displayName").GetString().ShouldBe("Amina");

        // The matchmaker hears the answer, introduces her and records the placement, started seven months ago.
        var matchmakerNews = await (await matchmaker.GetAsync("/api/v1/notifications")).JsonAsync();
        matchmakerNews.GetProperty("items").EnumerateArray().ShouldContain(n => n.GetProperty("type").GetString() == "answerGiven");
        await MoveAsync(matchmaker, matchId, new JsonObject { ["to"] = "introduced" });
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-7);
        await MoveAsync(matchmaker, matchId, new JsonObject { ["to"] = "placed", ["startDate"] = start.ToString("yyyy-MM-dd"), ["contract"] = "permanent" });

        // The coach sees Amina among their people, with four check-ins that have all fallen due.
        var people = await (await coach.GetAsync("/api/v1/coaches/me/people")).JsonAsync();
        people.GetProperty("items").EnumerateArray().ShouldContain(p => p.GetProperty("profileId").GetGuid() == profileId);
        var overdue = await (await coach.GetAsync($"/api/v1/aftercare/check-ins?matchId={matchId}&due=overdue")).JsonAsync();
        var checkIns = overdue.GetProperty("items").EnumerateArray().ToList();
        checkIns.Select(c => c.GetProperty("offset").GetString()).ShouldBe(["1w", "1m", "3m", "6m"]);

        // The check-in at one month finds a high risk: the matchmaker is alerted and resolves it.
        for (var i = 0; i < checkIns.Count; i++)
        {
            var dueOn = DateOnly.Parse(checkIns[i].GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var recorded = await coach.SendJsonAsync(HttpMethod.Put, $"/api/v1/aftercare/check-ins/{checkIns[i].Id()}", new JsonObject
            {
                ["completedAt"] = dueOn.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc).ToString("O"),
                ["wellbeing"] = i == 1 ? 2 : 4,
                ["notes"] = i == 1 ? "Night shifts are hard to combine with the children." : "Going well.",
                ["risk"] = i == 1 ? "high" : "none",
                ["actions"] = i == 1 ? "Ask the employer about day shifts." : null,
                ["stillWorking"] = true,
            });
            await recorded.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        var escalations = (await (await matchmaker.GetAsync("/api/v1/aftercare/escalations?open=true")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        escalations.Count.ShouldBe(1);
        var resolved = await matchmaker.PostAsJsonAsync($"/api/v1/aftercare/escalations/{escalations[0].Id()}/resolve", new { resolution = "The employer moved her to day shifts." });
        await resolved.ShouldHaveStatusAsync(HttpStatusCode.OK);

        // At six months the coach records that she is still working.
        var outcome = await coach.SendJsonAsync(HttpMethod.Put, $"/api/v1/matches/{matchId}/outcome", new JsonObject { ["stillWorking"] = true });
        await outcome.ShouldHaveStatusAsync(HttpStatusCode.OK);

        // The history tells the whole story, step by step, by the people who took each step.
        var final = await (await matchmaker.GetAsync($"/api/v1/matches/{matchId}")).JsonAsync();
        var history = final.GetProperty("history").EnumerateArray().ToList();
        history.Select(h => h.GetProperty("to").GetString()).ShouldBe(["shortlisted", "proposed", "accepted", "introduced", "placed"]);
        history[2].GetProperty("byUserId").GetGuid().ShouldBe(aminaAccount.Id);

        // Timestamps read back from the database are UTC and say so, so no client takes them for local time.
        history.ShouldAllBe(h => h.GetProperty("at").GetString()!.EndsWith('Z'));

        // The reports name no one, and a single placement is under the minimum group size: suppressed.
        var period = $"from={start.AddMonths(-1):yyyy-MM-dd}&to={DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1):yyyy-MM-dd}";
        var funnel = await (await matchmaker.GetAsync($"/api/v1/reports/funnel?{period}")).JsonAsync();
        funnel.ToString().ShouldNotContain("Amina");
        var aftercare = await (await matchmaker.GetAsync($"/api/v1/reports/aftercare?{period}")).JsonAsync();
        aftercare.GetProperty("placements").ValueKind.ShouldBe(JsonValueKind.Null);
        aftercare.ToString().ShouldNotContain("Amina");
    }

    private static async Task MoveAsync(HttpClient client, Guid matchId, JsonObject body)
    {
        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/matches/{matchId}/transitions", body);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("state").GetString().ShouldBe(body["to"]!.GetValue<string>());
    }

    /// <summary>The person carries exactly these fields with a value (besides the pseudonymous profile id).</summary>
    private static void ShouldShowOnly(JsonElement person, params string[] fields)
    {
        var shown = person.EnumerateObject()
            .Where(p => p.Name != "profileId" && p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);
        shown.ShouldBe(fields.Order(StringComparer.Ordinal));
    }
}
