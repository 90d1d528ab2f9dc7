using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Features.Privacy;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Opportunities;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;

namespace TalentMatch.FunctionalTests.Privacy;

public sealed class DeactivationAndRetentionTests : FunctionalTest
{
    [Test]
    public async Task Deactivate_ByStaff_HidesFromCandidatesAndNewMatches_UntilReactivated()
    {
        var (a, _, _) = await ThreeUnrelatedCompetencesAsync();
        var vacancy = await CreateVacancyAsync(await CreateOrganisationAsync(), OpportunityStatus.Open, [Required(a)]);
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
        var profile = await CreateProfileAsync(scout, "Deactivated Person", [Has(a)]);
        (await CandidatesAsync(matchmaker, vacancy)).ShouldContain(profile);

        var deactivated = await scout.PostAsync($"/api/v1/profiles/{profile}/deactivate", null);

        await deactivated.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await deactivated.JsonAsync()).GetProperty("deactivatedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await CandidatesAsync(matchmaker, vacancy)).ShouldNotContain(profile);
        await (await matchmaker.PostAsJsonAsync("/api/v1/matches", new { profileId = profile, vacancyId = vacancy })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await matchmaker.GetAsync($"/api/v1/profiles/{profile}")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var reactivated = await scout.PostAsync($"/api/v1/profiles/{profile}/reactivate", null);

        await reactivated.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await reactivated.JsonAsync()).GetProperty("deactivatedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        (await CandidatesAsync(matchmaker, vacancy)).ShouldContain(profile);
    }

    [Test]
    public async Task Deactivate_ByThePerson_Returns403()
    {
        using var seeker = await Testing.AsAsync(Roles.JobSeeker);
        var (a, _, _) = await ThreeUnrelatedCompetencesAsync();
        var profile = await CreateProfileAsync(seeker, "Own Person", [Has(a)]);

        await (await seeker.PostAsync($"/api/v1/profiles/{profile}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Retention_DeletesOldChangeRowsAndOldReadNotifications_KeepsTheNewestRowAndUnreadOnes()
    {
        var recipient = Guid.NewGuid();
        var old = DateTime.UtcNow.AddDays(-400);
        var read = await MatchmakingTestData.AddNotificationAsync(recipient, NotificationType.ProposalMade, Guid.NewGuid(), old);
        var unread = await MatchmakingTestData.AddNotificationAsync(recipient, NotificationType.ProposalMade, Guid.NewGuid(), old);
        await InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE Notifications SET ReadAt = {0} WHERE Id = {1}", old.AddDays(1), read));
        using var scout = await Testing.AsAsync(Roles.TalentScout);
        var (a, _, _) = await ThreeUnrelatedCompetencesAsync();
        await CreateProfileAsync(scout, "First", [Has(a)]);
        await CreateProfileAsync(scout, "Second", [Has(a)]);
        await InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE ChangeFeed SET ChangedAt = {0}", old));
        var newest = await InDatabaseAsync(db => db.ChangeFeed.MaxAsync(c => c.Sequence));

        var run = await RunRetentionAsync(Testing.Factory);

        run.ChangeRowsDeleted.ShouldBeGreaterThan(0);
        run.NotificationsDeleted.ShouldBe(1);
        (await InDatabaseAsync(db => db.ChangeFeed.Select(c => c.Sequence).ToListAsync())).ShouldBe([newest]);
        (await InDatabaseAsync(db => db.Notifications.Where(n => n.RecipientUserId == recipient).Select(n => n.Id).ToListAsync())).ShouldBe([unread]);
        (await RunRetentionAsync(Testing.Factory)).ShouldBe(new RetentionRunDto(0, 0, 0));
    }

    [Test]
    public async Task Retention_DeletesIdempotencyAnswersOlderThanTheirDays_KeepsRecentOnes()
    {
        var caller = Guid.NewGuid();
        var now = DateTime.UtcNow;
        var old = new ProcessedRequest(caller, "old-key", "AwardCoinsCommand", "f1", "{}", now.AddDays(-8));
        var recent = new ProcessedRequest(caller, "recent-key", "AwardCoinsCommand", "f2", "{}", now.AddDays(-6));
        await InDatabaseAsync(db =>
        {
            db.ProcessedRequests.AddRange(old, recent);
            return db.SaveChangesAsync();
        });

        var run = await RunRetentionAsync(Testing.Factory);

        run.IdempotencyRecordsDeleted.ShouldBeGreaterThanOrEqualTo(1);
        (await InDatabaseAsync(db => db.ProcessedRequests.Where(r => r.UserId == caller).Select(r => r.Key).ToListAsync())).ShouldBe(["recent-key"]);
    }

    [Test]
    public async Task AnInstanceBehindTheRetainedChangeFeed_RebuildsItsIndex()
    {
        // Another instance refreshes every MatchIndex:RefreshSeconds; its queries never wait for a catch-up.
        await using var hostB = new TalentMatchFactory(new Dictionary<string, string?> { ["MatchIndex:RefreshSeconds"] = "1" }, sharedDatabasePath: Testing.Factory.DatabasePath);
        try
        {
            var (a, _, _) = await ThreeUnrelatedCompetencesAsync();
            var vacancy = await CreateVacancyAsync(await CreateOrganisationAsync(), OpportunityStatus.Open, [Required(a)]);
            using var scout = await Testing.AsAsync(Roles.TalentScout);
            using var matchmaker = await Testing.AsAsync(Roles.Matchmaker);
            using var matchmakerOnB = hostB.CreateClient();
            matchmakerOnB.DefaultRequestHeaders.Authorization = matchmaker.DefaultRequestHeaders.Authorization;
            var profile = await CreateProfileAsync(scout, "Seen By B", [Has(a)]);
            await EventuallyAsync(matchmakerOnB, vacancy, seen => seen.Contains(profile));

            // Host A deactivates the person, then changes someone else; retention then deletes
            // every row but that last one, so B never reads the deactivation's row.
            await (await scout.PostAsync($"/api/v1/profiles/{profile}/deactivate", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
            await CreateProfileAsync(scout, "Someone Else", [Has(a)]);
            await InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE ChangeFeed SET ChangedAt = {0}", DateTime.UtcNow.AddDays(-400)));
            (await RunRetentionAsync(Testing.Factory)).ChangeRowsDeleted.ShouldBeGreaterThan(0);

            await EventuallyAsync(matchmakerOnB, vacancy, seen => !seen.Contains(profile));
        }
        finally
        {
            hostB.InvalidateReadModels();
        }
    }

    private static async Task<RetentionRunDto> RunRetentionAsync(TalentMatchFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunRetentionCommand());
    }

    /// <summary>Within the refresh on a quiet machine; generous for a busy one.</summary>
    private static async Task EventuallyAsync(HttpClient client, Guid vacancy, Func<List<Guid>, bool> seen)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!seen(await CandidatesAsync(client, vacancy)))
        {
            DateTime.UtcNow.ShouldBeLessThan(until, "the other instance did not catch up within 30 s");
            await Task.Delay(200);
        }
    }

    private static async Task<List<Guid>> CandidatesAsync(HttpClient client, Guid vacancy)
    {
        var response = await client.GetAsync($"/api/v1/vacancies/{vacancy}/matches?limit=100");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("profileId").GetGuid())];
    }
}
