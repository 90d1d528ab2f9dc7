using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Matchmaking;

/// <summary>Two people changing one match: one wins, the other is told, and the history holds exactly the changes made.</summary>
public sealed class MatchConcurrencyTests : MatchmakingTest
{
    [Test]
    public async Task Transition_TwoMatchmakersAtOnceWithoutIfMatch_OneSucceedsTheOtherGets409()
    {
        var match = await CreateMatchAsync(await UnclaimedProfileAsync());
        using var colleague = await Testing.AsAsync(Roles.Matchmaker);

        var responses = await Task.WhenAll(
            TransitionAsync(Matchmaker, match.Id(), new { to = "proposed" }),
            TransitionAsync(colleague, match.Id(), new { to = "proposed" }));

        foreach (var response in responses)
        {
            new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }.ShouldContain(response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        responses.Select(r => r.StatusCode).OrderBy(s => s).ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var current = await GetMatchAsync(Matchmaker, match.Id());
        current.GetProperty("state").GetString().ShouldBe("proposed");
        States(current).ShouldBe(["shortlisted", "proposed"]);
        (await NotificationsAboutAsync(match.Id())).ShouldBeEmpty();
    }

    [Test]
    public async Task Create_TwoMatchmakersAtOnceForOnePair_OneGets201TheOther409()
    {
        var profile = await UnclaimedProfileAsync();
        using var colleague = await Testing.AsAsync(Roles.Matchmaker);
        var body = new { profileId = profile, vacancyId = VacancyId };

        // Many rounds, so that both requests pass the handler's own check before either saves.
        for (var round = 0; round < 5; round++)
        {
            var responses = await Task.WhenAll(
                Matchmaker.PostAsJsonAsync("/api/v1/matches", body),
                colleague.PostAsJsonAsync("/api/v1/matches", body));

            responses.Select(r => r.StatusCode).ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict], ignoreOrder: true, $"round {round}");
            await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBeProblemAsync(HttpStatusCode.Conflict);
            var created = (await responses.Single(r => r.StatusCode == HttpStatusCode.Created).JsonAsync()).Id();
            await (await TransitionAsync(Matchmaker, created, Body("withdrawn"))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        var matches = await MatchingTestData.InDatabaseAsync(db => db.Matches.Where(m => m.ProfileId == profile).Select(m => m.State).ToListAsync());
        matches.Count.ShouldBe(5);
        matches.ShouldAllBe(s => s == MatchState.Withdrawn);
    }

    [Test]
    public async Task OpenMatchIndex_RefusesASecondOpenMatchWrittenPastTheHandler()
    {
        var profile = await UnclaimedProfileAsync();
        var first = (await CreateMatchAsync(profile)).Id();
        var copy = await MatchingTestData.InDatabaseAsync(db => db.Matches.AsNoTracking().SingleAsync(m => m.Id == first));
        var second = new Match(copy.ProfileId, copy.Kind, copy.OpportunityId, copy.OrganisationId, copy.Score, copy.MeetsAllRequired, false, copy.ExplanationJson, MatchmakerId, DateTime.UtcNow);

        await Should.ThrowAsync<DbUpdateException>(() => MatchingTestData.InDatabaseAsync(db =>
        {
            db.Matches.Add(second);
            return db.SaveChangesAsync();
        }));
    }

    [Test]
    public async Task Transition_WithAStaleIfMatch_Returns412AndChangesNothing()
    {
        var created = await Matchmaker.PostAsJsonAsync("/api/v1/matches", new { profileId = await UnclaimedProfileAsync(), vacancyId = VacancyId });
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var id = (await created.JsonAsync()).Id();
        var stale = created.Headers.ETag!.Tag;
        await (await TransitionAsync(Matchmaker, id, new { to = "proposed" }, stale)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await Matchmaker.SnapshotAsync($"/api/v1/matches/{id}");

        var response = await TransitionAsync(Matchmaker, id, Body("withdrawn"), stale);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await Matchmaker.SnapshotAsync($"/api/v1/matches/{id}")).ShouldBe(before);
        States(await GetMatchAsync(Matchmaker, id)).ShouldBe(["shortlisted", "proposed"]);
    }

    [Test]
    public async Task Transition_WithTheCurrentIfMatch_Succeeds()
    {
        var id = (await CreateMatchAsync(await UnclaimedProfileAsync())).Id();
        var (_, etag) = await Matchmaker.SnapshotAsync($"/api/v1/matches/{id}");

        var response = await TransitionAsync(Matchmaker, id, new { to = "proposed" }, etag);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldNotBe(etag);
    }

    [Test]
    public async Task WithdrawConsent_WithAStaleIfMatch_Returns412()
    {
        var (_, person, profile) = await OwnedProfileAsync();
        var id = (await CreateMatchAsync(profile)).Id();
        var (_, stale) = await Matchmaker.SnapshotAsync($"/api/v1/matches/{id}");
        await WalkAsync(id, person, "proposed", "accepted");

        var response = await person.SendJsonAsync(HttpMethod.Post, $"/api/v1/matches/{id}/consent/withdraw", "{}", stale);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }
}
