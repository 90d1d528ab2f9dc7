using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Privacy;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Privacy;

public sealed class AccessLogTests : PrivacyTest
{
    [Test]
    public async Task AccessLog_ListsEveryReadBySomeoneElse_WithWhoRoleWhatAndRoute_ButNotThePersonsOwn()
    {
        var person = await WritePersonEverywhereAsync();
        await (await person.Client.GetAsync($"/api/v1/profiles/{person.ProfileId}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await person.Client.GetAsync("/api/v1/profiles/me")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await person.Client.GetAsync($"/api/v1/matches/{person.MatchId}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await Coach.GetAsync($"/api/v1/aftercare/check-ins?profileId={person.ProfileId}")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var response = await person.Client.GetAsync($"/api/v1/profiles/{person.ProfileId}/access-log?pageSize=50");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var log = await response.JsonAsync();
        var entries = log.GetProperty("items").EnumerateArray().ToList();
        entries.ShouldNotContain(e => e.GetProperty("readerUserId").GetGuid() == person.UserId);
        ShouldHold(entries, MatchmakerId, "Matchmaker", "profile", person.ProfileId, "GET /api/v1/profiles/{id:guid}");
        ShouldHold(entries, MatchmakerId, "Matchmaker", "match", person.MatchId, "GET /api/v1/matches/{id:guid}");
        ShouldHold(entries, CoachId, "Coach", "checkIn", person.CheckInId, "GET /api/v1/aftercare/check-ins/{id:guid}");
        ShouldHold(entries, CoachId, "Coach", "checkIn", person.CheckInId, "GET /api/v1/aftercare/check-ins/");
        entries.ShouldAllBe(e => e.GetProperty("at").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));

        // Newest first, and paged.
        var times = entries.Select(e => e.GetProperty("at").GetDateTime()).ToList();
        times.ShouldBe(times.OrderByDescending(t => t).ToList());
        var firstPage = await (await person.Client.GetAsync($"/api/v1/profiles/{person.ProfileId}/access-log?pageSize=1")).JsonAsync();
        firstPage.GetProperty("items").GetArrayLength().ShouldBe(1);
        firstPage.GetProperty("total").GetInt32().ShouldBe(entries.Count);
        person.Client.Dispose();
    }

    [Test]
    public async Task AccessLog_OfSomeoneElse_Returns403()
    {
        var person = await WritePersonEverywhereAsync();
        using var stranger = await Testing.AsAsync(Roles.JobSeeker);

        await (await stranger.GetAsync($"/api/v1/profiles/{person.ProfileId}/access-log")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await Admin.GetAsync($"/api/v1/profiles/{person.ProfileId}/access-log")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        person.Client.Dispose();
    }

    [Test]
    public async Task AccessLog_OnANormalShutdown_WritesEveryQueuedEntry()
    {
        var profile = await CreatePersonAsync();
        int before;
        await using (var host = new TalentMatchFactory(new Dictionary<string, string?> { ["AccessLog:FlushMilliseconds"] = "3600000" }, sharedDatabasePath: Testing.Factory.DatabasePath))
        {
            using var matchmaker = host.CreateClient();
            matchmaker.DefaultRequestHeaders.Authorization = Matchmaker.DefaultRequestHeaders.Authorization;
            for (var i = 0; i < 3; i++)
            {
                await (await matchmaker.GetAsync($"/api/v1/profiles/{profile}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
            }

            // An hour between batches: nothing is written while the host runs.
            before = await CountAsync(profile);
        }

        before.ShouldBe(0);
        (await CountAsync(profile)).ShouldBe(3);
    }

    private static Task<int> CountAsync(Guid profile) =>
        MatchmakingTestData.WithDbAsync(null, db => db.AccessLog.CountAsync(e => e.ProfileId == profile && e.Record == AccessedRecord.Profile));

    private static void ShouldHold(List<JsonElement> entries, Guid reader, string role, string record, Guid recordId, string route) =>
        entries.ShouldContain(
            e => e.GetProperty("readerUserId").GetGuid() == reader &&
                 e.GetProperty("readerRole").GetString() == role &&
                 e.GetProperty("record").GetString() == record &&
                 e.GetProperty("recordId").GetGuid() == recordId &&
                 e.GetProperty("route").GetString() == route,
            $"{role} read {record} {recordId} through {route}");
}
