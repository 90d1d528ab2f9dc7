using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.FunctionalTests.Aftercare;

public sealed class EscalationTests : AftercareTest
{
    private const string Escalations = "/api/v1/aftercare/escalations";

    [Test]
    public async Task List_MatchmakerSeesOwnByDefault_AdminAll_CoachTheirPeople()
    {
        var (otherMatchmaker, otherMatchmakerClient) = await AccountAsync(Roles.Matchmaker);
        using var matchmaker2 = otherMatchmakerClient;
        var (otherCoach, otherCoachClient) = await AccountAsync(Roles.Coach);
        using var coach2 = otherCoachClient;
        var mine = await RaiseAsync(await PlaceWithCoachAsync(startedDaysAgo: 10), Coach);
        var theirs = await RaiseAsync(await PlaceWithCoachAsync(startedDaysAgo: 10, otherCoach, otherMatchmaker), coach2);
        using var employer = await Testing.AsAsync(Roles.Employer, OrganisationId);
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);

        (await IdsAsync(Matchmaker, Escalations)).ShouldBe([mine]);
        (await IdsAsync(Matchmaker, $"{Escalations}?matchmakerId={otherMatchmaker}")).ShouldBe([theirs]);
        (await IdsAsync(Admin, Escalations)).ShouldBe([mine, theirs]);
        (await IdsAsync(Admin, $"{Escalations}?matchmakerId={MatchmakerId}")).ShouldBe([mine]);
        (await IdsAsync(Coach, Escalations)).ShouldBe([mine]);
        (await IdsAsync(coach2, Escalations)).ShouldBe([theirs]);
        await (await employer.GetAsync(Escalations)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await seeker.GetAsync(Escalations)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Resolve_Returns200_AndResolvingTwiceReturns409()
    {
        var placed = await PlaceWithCoachAsync(startedDaysAgo: 10);
        var escalation = await RaiseAsync(placed, Coach);

        var resolved = await ResolveAsync(Matchmaker, escalation, "Gesprek met werkgever, uren aangepast.");

        await resolved.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = await resolved.JsonAsync();
        body.GetProperty("open").GetBoolean().ShouldBeFalse();
        body.GetProperty("resolution").GetString().ShouldBe("Gesprek met werkgever, uren aangepast.");
        body.GetProperty("resolvedByUserId").GetGuid().ShouldBe(MatchmakerId);
        (await Matchmaker.TotalAsync($"{Escalations}?open=true")).ShouldBe(0);
        (await IdsAsync(Matchmaker, $"{Escalations}?open=false")).ShouldBe([escalation]);
        await (await ResolveAsync(Admin, escalation, "Nog eens.")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // A high risk seen again after the escalation was resolved raises a new one.
        await (await RecordAsync(Coach, placed.First.Id, CheckInBody(risk: "high"))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await Matchmaker.TotalAsync($"{Escalations}?open=true")).ShouldBe(1);
    }

    [Test]
    public async Task Resolve_ManyAtOnce_OneResolves_TheOthersGet409()
    {
        var escalation = await RaiseAsync(await PlaceWithCoachAsync(startedDaysAgo: 10), Coach);

        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => ResolveAsync(Matchmaker, escalation, $"Opgelost ({i}).")));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(5);
    }

    [Test]
    public async Task Resolve_OnAStaleCopy_IsRefusedByTheConcurrencyToken()
    {
        var escalation = await RaiseAsync(await PlaceWithCoachAsync(startedDaysAgo: 10), Coach);
        await using var firstScope = Testing.Factory.Services.CreateAsyncScope();
        await using var secondScope = Testing.Factory.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        var one = await first.Escalations.SingleAsync(e => e.Id == escalation);
        var other = await second.Escalations.SingleAsync(e => e.Id == escalation);

        one.Resolve("Eerst.", MatchmakerId, DateTime.UtcNow);
        await first.SaveChangesAsync();
        other.Resolve("Tegelijk.", MatchmakerId, DateTime.UtcNow);

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Test]
    public async Task Resolve_AsCoachOrWithoutResolutionOrUnknown_IsRefused()
    {
        var escalation = await RaiseAsync(await PlaceWithCoachAsync(startedDaysAgo: 10), Coach);

        await (await ResolveAsync(Coach, escalation, "Opgelost.")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await ResolveAsync(Matchmaker, escalation, " ")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().ShouldBe(["resolution"]);
        await (await ResolveAsync(Matchmaker, Guid.NewGuid(), "Opgelost.")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await Matchmaker.TotalAsync($"{Escalations}?open=true")).ShouldBe(1);
    }

    /// <summary>The coach records a high risk at the placement's first check-in; returns the escalation it raised.</summary>
    private static async Task<Guid> RaiseAsync(Placement placed, HttpClient coach)
    {
        var response = await RecordAsync(coach, placed.First.Id, CheckInBody(risk: "high"));
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.JsonAsync()).GetProperty("openEscalationId").GetGuid();
    }

    private static Task<HttpResponseMessage> ResolveAsync(HttpClient client, Guid escalationId, string resolution) =>
        client.PostAsJsonAsync($"{Escalations}/{escalationId}/resolve", new { resolution });
}
