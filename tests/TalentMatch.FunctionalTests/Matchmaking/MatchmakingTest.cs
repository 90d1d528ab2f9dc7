using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Opportunities;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;

namespace TalentMatch.FunctionalTests.Matchmaking;

/// <summary>An organisation with an open vacancy, a matchmaker and a talent scout for each matchmaking test.</summary>
public abstract class MatchmakingTest : FunctionalTest
{
    protected const string PersonName = "Samira Person";
    protected const string PersonPostcode = "2140";
    protected const string PersonDistrict = "Borgerhout";
    protected const string StartDate = "2026-12-01";

    private readonly List<HttpClient> _clients = [];

    protected Guid Forklift { get; private set; }
    protected Guid Cleaning { get; private set; }
    protected Guid OrganisationId { get; private set; }
    protected Guid VacancyId { get; private set; }
    protected Guid MatchmakerId { get; private set; }
    protected HttpClient Matchmaker { get; private set; } = null!;
    protected HttpClient Scout { get; private set; } = null!;

    [SetUp]
    public async Task ArrangeMatchmakingAsync()
    {
        (Forklift, Cleaning, _) = await ThreeUnrelatedCompetencesAsync();
        OrganisationId = await CreateOrganisationAsync();
        VacancyId = await CreateVacancyAsync(OrganisationId, OpportunityStatus.Open, [Required(Forklift), Preferred(Cleaning)]);
        var matchmaker = await Testing.CreateAccountAsync(Roles.Matchmaker);
        MatchmakerId = matchmaker.Id;
        Matchmaker = await Testing.SignedInAsync(matchmaker.Email, matchmaker.Password);
        Scout = await Testing.AsAsync(Roles.TalentScout);
    }

    [TearDown]
    public void DisposeClients()
    {
        Matchmaker.Dispose();
        Scout.Dispose();
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _clients.Clear();
    }

    /// <summary>A new account with the role, signed in; disposed after the test.</summary>
    protected async Task<(Guid Id, HttpClient Client)> UserAsync(string role, Guid? organisationId = null)
    {
        var account = await Testing.CreateAccountAsync(role, organisationId);
        return (account.Id, Keep(await Testing.SignedInAsync(account.Email, account.Password)));
    }

    protected async Task<HttpClient> ClientAsync(string role, Guid? organisationId = null) => (await UserAsync(role, organisationId)).Client;

    /// <summary>A profile a talent scout made for someone without an account (nobody owns it yet).</summary>
    protected Task<Guid> UnclaimedProfileAsync(string name = PersonName, string visibility = "matchable") =>
        CreateProfileAsync(Scout, name, [Has(Forklift)], PersonPostcode, visibility, ["job", "volunteering"]);

    /// <summary>A person with an account and the profile they made themselves.</summary>
    protected async Task<(Guid UserId, HttpClient Client, Guid ProfileId)> OwnedProfileAsync(string name = PersonName)
    {
        var (id, client) = await UserAsync(Roles.JobSeeker);
        var profile = await CreateProfileAsync(client, name, [Has(Forklift)], PersonPostcode, seeks: ["job", "volunteering"]);
        return (id, client, profile);
    }

    /// <summary>A person with an account, shortlisted for the test's vacancy and walked through <paramref name="states"/>.</summary>
    protected async Task<(Guid UserId, HttpClient Person, Guid ProfileId, Guid MatchId)> OwnedMatchAsync(params string[] states)
    {
        var (userId, person, profile) = await OwnedProfileAsync();
        var match = (await CreateMatchAsync(profile)).Id();
        await WalkAsync(match, person, states);
        return (userId, person, profile, match);
    }

    /// <summary>Shortlists the person (for the test's vacancy unless another opportunity is given).</summary>
    protected async Task<JsonElement> CreateMatchAsync(Guid profileId, Guid? vacancyId = null, Guid? volunteerRequestId = null, HttpClient? matchmaker = null)
    {
        var response = await (matchmaker ?? Matchmaker).PostAsJsonAsync("/api/v1/matches", new
        {
            profileId,
            vacancyId = volunteerRequestId is null ? vacancyId ?? VacancyId : (Guid?)null,
            volunteerRequestId,
        });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return await response.JsonAsync();
    }

    protected static Task<HttpResponseMessage> TransitionAsync(HttpClient client, Guid matchId, object body, string? ifMatch = null) =>
        client.SendJsonAsync(HttpMethod.Post, $"/api/v1/matches/{matchId}/transitions", JsonSerializer.Serialize(body, Testing.Json), ifMatch);

    /// <summary>Makes the move and asserts it succeeded.</summary>
    protected static async Task<JsonElement> MoveAsync(HttpClient client, Guid matchId, object body)
    {
        var response = await TransitionAsync(client, matchId, body);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    /// <summary>
    /// Walks the match through the states with what each move needs. The person answers with
    /// <paramref name="person"/>; without one (an unclaimed profile) the matchmaker records the answer.
    /// </summary>
    protected async Task<JsonElement> WalkAsync(Guid matchId, HttpClient? person, params string[] states)
    {
        var match = default(JsonElement);
        foreach (var state in states)
        {
            match = state is "accepted" or "declined" && person is not null
                ? await MoveAsync(person, matchId, new { to = state })
                : await MoveAsync(Matchmaker, matchId, Body(state));
        }

        return match;
    }

    /// <summary>A valid transition body: a placement with start date and contract, an end or an answer on someone's behalf with a reason.</summary>
    protected static Dictionary<string, object?> Body(string to) => to switch
    {
        "placed" => new() { ["to"] = to, ["startDate"] = StartDate, ["contract"] = "permanent" },
        "closed" or "withdrawn" or "declined" or "accepted" => new() { ["to"] = to, ["reason"] = "Answered by phone on 3 November." },
        _ => new() { ["to"] = to },
    };

    protected static async Task<JsonElement> GetMatchAsync(HttpClient client, Guid matchId)
    {
        var response = await client.GetAsync($"/api/v1/matches/{matchId}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    protected static List<string?> States(JsonElement match) =>
        match.GetProperty("history").EnumerateArray().Select(t => t.GetProperty("to").GetString()).ToList();

    protected static Task<List<Notification>> NotificationsAboutAsync(Guid matchId) =>
        InDatabaseAsync(db => db.Notifications.AsNoTracking().Where(n => n.SubjectId == matchId).OrderBy(n => n.CreatedAt).ToListAsync());

    /// <summary>Makes the user the person's coach (the coach assignment has its own endpoint elsewhere).</summary>
    protected static Task AssignCoachAsync(Guid profileId, Guid coachUserId) =>
        InDatabaseAsync(async db =>
        {
            var profile = await db.Profiles.SingleAsync(p => p.Id == profileId);
            profile.AssignCoach(coachUserId, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

    private HttpClient Keep(HttpClient client)
    {
        _clients.Add(client);
        return client;
    }
}
