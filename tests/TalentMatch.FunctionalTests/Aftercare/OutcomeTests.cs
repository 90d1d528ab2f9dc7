using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.FunctionalTests.Aftercare;

public sealed class OutcomeTests : AftercareTest
{
    [Test]
    public async Task Outcome_ForAPlacement_Returns200AndClosesTheOpenPlacement()
    {
        var placed = await PlaceWithCoachAsync(startedDaysAgo: 180);

        var working = await OutcomeAsync(Coach, placed.MatchId, new { stillWorking = true });

        await working.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = await working.JsonAsync();
        body.GetProperty("matchId").GetGuid().ShouldBe(placed.MatchId);
        body.GetProperty("stillWorking").GetBoolean().ShouldBeTrue();
        body.GetProperty("reason").ValueKind.ShouldBe(JsonValueKind.Null);
        body.GetProperty("recordedAt").GetDateTime().ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-5));
        (await ItemsAsync(Coach, "/api/v1/coaches/me/people")).ShouldHaveSingleItem().GetProperty("openPlacements").GetInt32().ShouldBe(0);

        var left = await OutcomeAsync(Matchmaker, placed.MatchId, new { stillWorking = false, reason = "Verhuisd naar Gent." });

        await left.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await left.JsonAsync()).GetProperty("reason").GetString().ShouldBe("Verhuisd naar Gent.");
    }

    [Test]
    public async Task Outcome_WhenLeftWithoutReason_Returns400NamingReason()
    {
        var placed = await PlaceAsync(await CreatePersonAsync(), startedDaysAgo: 30);

        var problem = await (await OutcomeAsync(Matchmaker, placed.MatchId, new { stillWorking = false, reason = "  " })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorFields().ShouldBe(["reason"]);
        (await (await OutcomeAsync(Matchmaker, placed.MatchId, new { reason = "?" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["stillWorking"]);
    }

    [Test]
    public async Task Outcome_WhenNotAPlacement_Returns409()
    {
        var person = await CreatePersonAsync();
        var introduced = await SaveMatchAsync(person, null, MatchState.Introduced);

        await (await OutcomeAsync(Admin, introduced.Id, new { stillWorking = true })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await OutcomeAsync(Admin, Guid.NewGuid(), new { stillWorking = true })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Outcome_ByAnEmployerOrJobSeeker_Returns403_ByAnotherCoach_Returns404()
    {
        var placed = await PlaceWithCoachAsync(startedDaysAgo: 30);
        using var otherCoach = (await AccountAsync(Roles.Coach)).Client;
        using var employer = await Testing.AsAsync(Roles.Employer, OrganisationId);
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);

        foreach (var client in new[] { employer, seeker })
        {
            await (await OutcomeAsync(client, placed.MatchId, new { stillWorking = true })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        // Another coach does not see the match: 404, as when reading it.
        await (await OutcomeAsync(otherCoach, placed.MatchId, new { stillWorking = true })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static Task<HttpResponseMessage> OutcomeAsync(HttpClient client, Guid matchId, object body) =>
        client.PutAsJsonAsync($"/api/v1/matches/{matchId}/outcome", body);
}
