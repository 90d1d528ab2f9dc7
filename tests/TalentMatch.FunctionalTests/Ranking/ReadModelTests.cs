using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Domain.Changes;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.Infrastructure.Persistence;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Ranking;

/// <summary>
/// The match read model is kept current from the change feed: a write is visible to the next
/// match query, on this API instance and on any other instance that shares the database.
/// </summary>
public sealed class ReadModelTests : FunctionalTest
{
    private HttpClient _admin = null!;
    private Guid _forklift;
    private Guid _cleanSurfaces;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _admin = await Testing.AsAdminAsync();
        _forklift = await CompetenceIdAsync(_admin, "operate forklift");
        _cleanSurfaces = await CompetenceIdAsync(_admin, "clean surfaces");
    }

    [TearDown]
    public void DisposeAdmin() => _admin.Dispose();

    [Test]
    public async Task VacancyMatches_RightAfterProfileCreateUpdateAndDelete_ReflectEachWrite()
    {
        var vacancy = await CreateOpenVacancyAsync(_admin);
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
        (await MatchesAsync(matchmaker, vacancy)).GetProperty("total").GetInt32().ShouldBe(0);
        using var scout = await Testing.AsAsync(Roles.TalentScout);

        var profile = await CreateProfileAsync(scout, [_forklift, _cleanSurfaces]);
        var created = MatchOf(await MatchesAsync(matchmaker, vacancy), profile).ShouldNotBeNull();
        created.GetProperty("meetsAllRequired").GetBoolean().ShouldBeTrue();

        created.GetProperty("candidate").GetProperty("displayName").GetString().ShouldBe("Yusuf");

        // The name and district the list shows come with the read model: a rename shows at once too.
        await UpdateProfileAsync(scout, profile, [_cleanSurfaces], displayName: "Yusuf B.", postcode: "2100");
        var updated = MatchOf(await MatchesAsync(matchmaker, vacancy), profile).ShouldNotBeNull();
        updated.GetProperty("meetsAllRequired").GetBoolean().ShouldBeFalse();
        updated.GetProperty("score").GetDouble().ShouldBeLessThan(created.GetProperty("score").GetDouble());
        updated.GetProperty("candidate").GetProperty("displayName").GetString().ShouldBe("Yusuf B.");
        updated.GetProperty("candidate").GetProperty("district").GetString().ShouldBe("Deurne");

        await (await _admin.DeleteAsync($"/api/v1/profiles/{profile}?reason=noLongerNeeded")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        var afterDelete = await MatchesAsync(matchmaker, vacancy);
        MatchOf(afterDelete, profile).ShouldBeNull();
        afterDelete.GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task VacancyMatches_OnTwoHostsSharingOneDatabase_SeeTheirOwnWritesAtOnceAndEachOthersWithinTheRefresh()
    {
        // Two API instances with the periodic refresh on, sharing the test host's database.
        var refreshing = new Dictionary<string, string?> { ["MatchIndex:RefreshSeconds"] = "1" };
        await using var hostB = new TalentMatchFactory(refreshing, sharedDatabasePath: Testing.Factory.DatabasePath);
        await using var hostC = new TalentMatchFactory(refreshing, sharedDatabasePath: Testing.Factory.DatabasePath);
        try
        {
            var vacancy = await CreateOpenVacancyAsync(_admin);
            using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
            using var scout = await Testing.AsAsync(Roles.TalentScout);

            // A token issued by one instance is accepted by the others: the token keys live in the database.
            using var matchmakerB = OnHost(hostB, matchmaker);
            using var scoutB = OnHost(hostB, scout);
            using var matchmakerC = OnHost(hostC, matchmaker);
            using var scoutC = OnHost(hostC, scout);
            (await MatchesAsync(matchmakerB, vacancy)).GetProperty("total").GetInt32().ShouldBe(0);
            (await MatchesAsync(matchmakerC, vacancy)).GetProperty("total").GetInt32().ShouldBe(0);
            await using (var scope = Testing.Factory.Services.CreateAsyncScope())
            {
                (await scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>().DataProtectionKeys.CountAsync()).ShouldBeGreaterThan(0);
            }

            // Written through B: B's next query shows it, C's shows it within its refresh.
            var profile = await CreateProfileAsync(scoutB, [_forklift, _cleanSurfaces]);
            var onB = MatchOf(await MatchesAsync(matchmakerB, vacancy), profile).ShouldNotBeNull();
            onB.GetProperty("meetsAllRequired").GetBoolean().ShouldBeTrue();
            var onC = await EventuallyAsync(matchmakerC, vacancy, m => m?.GetProperty("meetsAllRequired").GetBoolean() == true);
            onC.GetProperty("score").GetDouble().ShouldBe(onB.GetProperty("score").GetDouble());

            // Updated through C: C's next query shows it, B's within its refresh.
            await UpdateProfileAsync(scoutC, profile, [_cleanSurfaces]);
            var updatedOnC = MatchOf(await MatchesAsync(matchmakerC, vacancy), profile).ShouldNotBeNull();
            updatedOnC.GetProperty("meetsAllRequired").GetBoolean().ShouldBeFalse();
            updatedOnC.GetProperty("score").GetDouble().ShouldBeLessThan(onB.GetProperty("score").GetDouble());
            var updatedOnB = await EventuallyAsync(matchmakerB, vacancy, m => m?.GetProperty("meetsAllRequired").GetBoolean() == false);
            updatedOnB.GetProperty("score").GetDouble().ShouldBe(updatedOnC.GetProperty("score").GetDouble());

            // And a token issued by B is accepted by C.
            var (_, email, password) = await Testing.CreateAccountAsync(Roles.Matchmaker);
            using var signedInOnB = await SignInAsync(hostB, email, password);
            using var backOnC = OnHost(hostC, signedInOnB);
            MatchOf(await MatchesAsync(backOnC, vacancy), profile).ShouldNotBeNull();

            JsonElement? MatchOfProfile(JsonElement list) => MatchOf(list, profile);

            async Task<JsonElement> EventuallyAsync(HttpClient client, Guid opportunity, Func<JsonElement?, bool> seen)
            {
                // Within MatchIndex:RefreshSeconds (1 s) on a quiet machine; generous for a busy one.
                var until = DateTime.UtcNow.AddSeconds(30);
                while (true)
                {
                    var match = MatchOfProfile(await MatchesAsync(client, opportunity));
                    if (seen(match))
                    {
                        return match!.Value;
                    }

                    DateTime.UtcNow.ShouldBeLessThan(until, "the other instance did not catch up within 30 s");
                    await Task.Delay(200);
                }
            }
        }
        finally
        {
            // Resets restore the shared file behind hosts B and C: they must not keep caches of this test's state.
            hostB.InvalidateReadModels();
            hostC.InvalidateReadModels();
        }
    }

    [Test]
    public async Task VacancyMatches_WhenAnEarlierChangeNumberCommitsAfterALaterOne_StillSeeTheChange()
    {
        var vacancy = await CreateOpenVacancyAsync(_admin);
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        await MatchesAsync(matchmaker, vacancy);

        // Two writers take numbers n and n + 1; the one with n + 1 commits first and is applied.
        long skipped;
        await using (var scope = Testing.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
            var early = new ChangeRecord(ChangedEntity.Profile, Guid.NewGuid(), DateTime.UtcNow);
            db.ChangeFeed.AddRange(early, new ChangeRecord(ChangedEntity.Profile, Guid.NewGuid(), DateTime.UtcNow));
            await db.SaveChangesAsync();
            skipped = early.Sequence;
            db.ChangeFeed.Remove(early);
            await db.SaveChangesAsync();
        }

        (await MatchesAsync(matchmaker, vacancy)).GetProperty("total").GetInt32().ShouldBe(0);

        // The writer holding n commits now: a new profile whose change carries the skipped number.
        var profile = await CreateProfileAsync(scout, [_forklift]);
        await using (var scope = Testing.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
            var late = await db.ChangeFeed.Where(c => c.Sequence > skipped + 1).SingleAsync();
            late.EntityId.ShouldBe(profile);
            (await db.Database.ExecuteSqlAsync($"UPDATE ChangeFeed SET Sequence = {skipped} WHERE Sequence = {late.Sequence}")).ShouldBe(1);
        }

        MatchOf(await MatchesAsync(matchmaker, vacancy), profile).ShouldNotBeNull();
    }

    private async Task<Guid> CreateOpenVacancyAsync(HttpClient client)
    {
        var organisation = await CreateOrganisationAsync(client);
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["organisationId"] = organisation.ToString(),
            ["title"] = "Magazijnmedewerker",
            ["description"] = "Orders picken en laden in de haven.",
            ["postcode"] = "2030",
            ["hoursPerWeek"] = 38,
            ["contract"] = "permanent",
            ["requirements"] = Array(
                new System.Text.Json.Nodes.JsonObject { ["competenceId"] = _forklift.ToString(), ["minLevel"] = 2, ["importance"] = "required" },
                new System.Text.Json.Nodes.JsonObject { ["competenceId"] = _cleanSurfaces.ToString(), ["minLevel"] = 1, ["importance"] = "preferred" }),
            ["languages"] = Array(),
            ["openings"] = 1,
            ["status"] = "open",
            ["multilingualValued"] = false,
            ["interests"] = Array(),
        };
        var response = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/vacancies", body);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.JsonAsync()).Id();
    }

    private static Dictionary<string, object?> ProfileBody(Guid[] competences, string displayName = "Yusuf", string postcode = "2060") => new()
    {
        ["displayName"] = displayName,
        ["postcode"] = postcode,
        ["seeks"] = new[] { "job" },
        ["hoursPerWeek"] = 38,
        ["maxTravelKm"] = 15,
        ["competences"] = competences.Select(competenceId => new { competenceId, level = 3, source = "work", evidence = "declared" }).ToArray(),
        ["languages"] = new object[] { new { code = "nl", level = "B1" } },
        ["interests"] = System.Array.Empty<string>(),
        ["visibility"] = "matchable",
    };

    private static async Task<Guid> CreateProfileAsync(HttpClient client, Guid[] competences)
    {
        var response = await client.PostAsJsonAsync("/api/v1/profiles", ProfileBody(competences));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.JsonAsync()).GetProperty("profile").Id();
    }

    private static async Task UpdateProfileAsync(HttpClient client, Guid profile, Guid[] competences, string displayName = "Yusuf", string postcode = "2060")
    {
        var response = await client.PutAsJsonAsync($"/api/v1/profiles/{profile}", ProfileBody(competences, displayName, postcode));
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    private static async Task<JsonElement> MatchesAsync(HttpClient client, Guid vacancy)
    {
        var response = await client.GetAsync($"/api/v1/vacancies/{vacancy}/matches?limit=100");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private static JsonElement? MatchOf(JsonElement list, Guid profile) =>
        list.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("profileId").GetGuid() == profile).Cast<JsonElement?>().SingleOrDefault();

    /// <summary>A client of the host carrying another client's bearer token.</summary>
    private static HttpClient OnHost(TalentMatchFactory host, HttpClient signedIn)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static async Task<HttpClient> SignInAsync(TalentMatchFactory host, string email, string password)
    {
        using var anonymous = host.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var token = (await response.JsonAsync()).GetProperty("accessToken").GetString();
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
