using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.FunctionalTests.Profiles;
using TalentMatch.FunctionalTests.Vacancies;

namespace TalentMatch.FunctionalTests.Aftercare;

/// <summary>A placement's check-in as the test data wrote it.</summary>
public sealed record PlannedCheckIn(Guid Id, string Offset, DateOnly DueOn);

/// <summary>A placed job match with its aftercare plan.</summary>
public sealed record Placement(Guid MatchId, Guid ProfileId, IReadOnlyList<PlannedCheckIn> CheckIns)
{
    public PlannedCheckIn First => CheckIns[0];
}

/// <summary>
/// A matchmaker and a coach (with their accounts), an open vacancy, and people placed in it. The
/// placement itself is written through the domain, as the match transition endpoint does
/// (placed with a start date and contract, then the aftercare plan).
/// </summary>
public abstract class AftercareTest : VacancyTest
{
    protected HttpClient Matchmaker { get; private set; } = null!;
    protected Guid MatchmakerId { get; private set; }
    protected HttpClient Coach { get; private set; } = null!;
    protected Guid CoachId { get; private set; }
    protected Guid VacancyId { get; private set; }

    /// <summary>Today as the API counts due dates (the host's time zone, which is this process's).</summary>
    protected static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [SetUp]
    public async Task ArrangeAftercareAsync()
    {
        (MatchmakerId, Matchmaker) = await AccountAsync(Roles.Matchmaker);
        (CoachId, Coach) = await AccountAsync(Roles.Coach);
        VacancyId = (await CreateVacancyAsync(body: VacancyBody(status: "open"))).GetProperty("id").GetGuid();
    }

    [TearDown]
    public void DisposeClients()
    {
        Matchmaker.Dispose();
        Coach.Dispose();
    }

    protected static async Task<(Guid Id, HttpClient Client)> AccountAsync(string role, Guid? organisationId = null)
    {
        var account = await Testing.CreateAccountAsync(role, organisationId);
        return (account.Id, await Testing.SignedInAsync(account.Email, account.Password));
    }

    /// <summary>A person whose profile staff made for them.</summary>
    protected async Task<Guid> CreatePersonAsync(string displayName = "Amina")
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/profiles", ProfilesTests.Body(Forklift, displayName));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.JsonAsync()).GetProperty("profile").GetProperty("id").GetGuid();
    }

    protected static Task<HttpResponseMessage> AssignCoachAsync(HttpClient client, Guid profileId, Guid? coachUserId, string? reason = null) =>
        client.PutAsJsonAsync($"/api/v1/profiles/{profileId}/coach", new { coachUserId, reason });

    /// <summary>Gives the person <see cref="Coach"/> (or another coach) through the API.</summary>
    protected async Task AssignCoachAsync(Guid profileId, Guid? coachUserId = null) =>
        await (await AssignCoachAsync(Matchmaker, profileId, coachUserId ?? CoachId)).ShouldHaveStatusAsync(HttpStatusCode.OK);

    /// <summary>Places the person in the vacancy, started <paramref name="startedDaysAgo"/> days ago, with the configured check-ins.</summary>
    protected async Task<Placement> PlaceAsync(Guid profileId, int startedDaysAgo, Guid? matchmakerId = null)
    {
        var match = await SaveMatchAsync(profileId, matchmakerId, MatchState.Placed, Today.AddDays(-startedDaysAgo));
        return new Placement(match.Id, profileId, match.CheckIns);
    }

    /// <summary>A person with a coach (<see cref="Coach"/> unless given), placed <paramref name="startedDaysAgo"/> days ago.</summary>
    protected async Task<Placement> PlaceWithCoachAsync(int startedDaysAgo, Guid? coachId = null, Guid? matchmakerId = null, string displayName = "Amina")
    {
        var person = await CreatePersonAsync(displayName);
        await AssignCoachAsync(person, coachId);
        return await PlaceAsync(person, startedDaysAgo, matchmakerId);
    }

    /// <summary>A job match moved through the flow up to <paramref name="state"/>; placed ones get their aftercare plan.</summary>
    protected async Task<(Guid Id, IReadOnlyList<PlannedCheckIn> CheckIns)> SaveMatchAsync(Guid profileId, Guid? matchmakerId, MatchState state, DateOnly? startDate = null)
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ITalentMatchDbContext>();
        var by = matchmakerId ?? MatchmakerId;
        var now = DateTime.UtcNow;
        var match = new Match(profileId, OpportunityKind.Job, VacancyId, OrganisationId, 80, true, true, "{}", by, now);
        MatchState[] flow = [MatchState.Proposed, MatchState.Accepted, MatchState.Introduced, MatchState.Placed];
        foreach (var step in flow[..(Array.IndexOf(flow, state) + 1)])
        {
            var placing = step == MatchState.Placed;
            match.TransitionTo(step, by, now, startDate: placing ? startDate : null, contract: placing ? ContractType.Permanent : null);
        }

        db.Matches.Add(match);
        var checkIns = match.State == MatchState.Placed ? scope.ServiceProvider.GetRequiredService<AftercareOptions>().PlanFor(match).ToList() : [];
        db.CheckIns.AddRange(checkIns);
        await db.SaveChangesAsync();
        return (match.Id, checkIns.Select(c => new PlannedCheckIn(c.Id, c.Offset, c.DueOn)).ToList());
    }

    protected static async Task<CheckInRemindersSent> SendRemindersAsync()
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendCheckInRemindersCommand());
    }

    /// <summary>The notifications written about a subject (a profile, check-in or escalation).</summary>
    protected static async Task<List<Notification>> NotificationsAboutAsync(Guid subjectId)
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ITalentMatchDbContext>();
        return await db.Notifications.AsNoTracking().Where(n => n.SubjectId == subjectId).ToListAsync();
    }

    protected static JsonObject CheckInBody(int wellbeing = 4, string risk = "none", DateTimeOffset? completedAt = null) => new()
    {
        ["completedAt"] = completedAt ?? DateTimeOffset.Now,
        ["wellbeing"] = wellbeing,
        ["notes"] = "Goed gestart, de ploegen vallen zwaar.",
        ["risk"] = risk,
        ["actions"] = "Volgende week bellen.",
        ["stillWorking"] = true,
    };

    protected static Task<HttpResponseMessage> RecordAsync(HttpClient client, Guid checkInId, JsonObject body, string? ifMatch = null) =>
        client.SendJsonAsync(HttpMethod.Put, $"/api/v1/aftercare/check-ins/{checkInId}", body, ifMatch);

    protected static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string url) =>
        [.. (await client.ListAsync(url)).GetProperty("items").EnumerateArray()];

    protected static async Task<List<Guid>> IdsAsync(HttpClient client, string url) =>
        [.. (await ItemsAsync(client, url)).Select(item => item.Id())];
}
