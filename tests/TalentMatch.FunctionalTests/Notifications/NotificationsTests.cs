using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;
using TalentMatch.FunctionalTests.Catalogue;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.FunctionalTests.Profiles;
using TalentMatch.Infrastructure.Notifications;
using static TalentMatch.FunctionalTests.Infrastructure.MatchmakingTestData;

namespace TalentMatch.FunctionalTests.Notifications;

/// <summary>Notifications are written through the domain (the events that raise them belong to other slices) and read over HTTP.</summary>
public sealed class NotificationsTests : FunctionalTest
{
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private HttpClient _coach = null!;
    private Guid _coachId;

    [SetUp]
    public async Task ArrangeAsync()
    {
        var coach = await Testing.CreateAccountAsync(Roles.Coach);
        _coachId = coach.Id;
        _coach = await Testing.SignedInAsync(coach.Email, coach.Password);
    }

    [TearDown]
    public void DisposeCoach() => _coach.Dispose();

    [Test]
    public async Task List_ReturnsOnlyTheCallersOwn_NewestFirst_WithLinkAndText()
    {
        var checkIn = Guid.NewGuid();
        var profile = Guid.NewGuid();
        var older = await AddNotificationAsync(_coachId, NotificationType.CheckInDue, checkIn, Monday);
        var newer = await AddNotificationAsync(_coachId, NotificationType.CoachAssigned, profile, Monday.AddHours(1));
        var someoneElse = await Testing.CreateAccountAsync(Roles.Coach);
        await AddNotificationAsync(someoneElse.Id, NotificationType.CheckInOverdue, Guid.NewGuid(), Monday.AddHours(2));

        var page = await _coach.ListAsync("/api/v1/notifications");

        page.GetProperty("total").GetInt32().ShouldBe(2);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Select(n => n.Id()).ShouldBe([newer, older]);
        items[0].GetProperty("type").GetString().ShouldBe("coachAssigned");
        items[0].GetProperty("subjectId").GetGuid().ShouldBe(profile);
        items[0].GetProperty("link").GetString().ShouldBe($"/api/v1/profiles/{profile}");
        items[0].GetProperty("text").GetString().ShouldBe("Er werd een coach toegewezen.");
        items[0].GetProperty("readAt").ValueKind.ShouldBe(JsonValueKind.Null);
        items[1].GetProperty("link").GetString().ShouldBe($"/api/v1/aftercare/check-ins/{checkIn}");
        items[1].GetProperty("createdAt").GetDateTime().ShouldBe(Monday);
    }

    [TestCase("en", "An aftercare check-in is overdue.")]
    [TestCase("fr", "Un entretien de suivi est en retard.")]
    [TestCase("nl", "Een nazorggesprek is te laat.")]
    public async Task List_RendersTheTextInTheRequestLanguage(string language, string text)
    {
        await AddNotificationAsync(_coachId, NotificationType.CheckInOverdue, Guid.NewGuid(), Monday);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications");
        request.Headers.AcceptLanguage.ParseAdd(language);

        var response = await _coach.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("items")[0].GetProperty("text").GetString().ShouldBe(text);
    }

    [Test]
    public async Task List_LinksMatchEventsToTheMatchAndAnEscalationToItsCheckIn()
    {
        using var admin = await Testing.AsAdminAsync();
        var organisationId = await OpportunityTestData.CreateOrganisationAsync(admin);
        var vacancy = await AddVacancyAsync(organisationId);
        var profileId = await ProfileAsync(admin);
        var match = await AddMatchInStateAsync(profileId, vacancy, MatchState.Placed);
        var checkIn = await AddCheckInAsync(match, "1w", stillWorking: true);
        var escalation = await AddEscalationAsync(match, checkIn);
        await AddNotificationAsync(_coachId, NotificationType.ProposalMade, match, Monday);
        await AddNotificationAsync(_coachId, NotificationType.AnswerGiven, match, Monday.AddMinutes(1));
        await AddNotificationAsync(_coachId, NotificationType.ConsentWithdrawn, match, Monday.AddMinutes(2));
        await AddNotificationAsync(_coachId, NotificationType.Escalation, escalation, Monday.AddMinutes(3));

        var items = (await _coach.ListAsync("/api/v1/notifications")).GetProperty("items").EnumerateArray().ToList();

        items.Select(n => n.GetProperty("link").GetString()).ShouldBe(
        [
            $"/api/v1/aftercare/check-ins/{checkIn}",
            $"/api/v1/matches/{match}",
            $"/api/v1/matches/{match}",
            $"/api/v1/matches/{match}",
        ]);
        items.ShouldAllBe(n => !n.GetProperty("text").GetString()!.Contains("Amina"));
    }

    [Test]
    public async Task MarkRead_ThenUnreadFilter_ShowsOnlyTheRest()
    {
        var first = await AddNotificationAsync(_coachId, NotificationType.CheckInDue, Guid.NewGuid(), Monday);
        var second = await AddNotificationAsync(_coachId, NotificationType.CheckInDue, Guid.NewGuid(), Monday.AddHours(1));

        var response = await _coach.PostAsync($"/api/v1/notifications/{first}/read", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var unread = await _coach.ListAsync("/api/v1/notifications?unread=true");
        unread.GetProperty("items").EnumerateArray().Select(n => n.Id()).ShouldBe([second]);
        var read = await _coach.ListAsync("/api/v1/notifications?unread=false");
        read.GetProperty("items").EnumerateArray().Single().GetProperty("readAt").GetDateTime().ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-5));
        (await _coach.PostAsync($"/api/v1/notifications/{first}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task MarkRead_SomeoneElsesOrUnknown_Returns404AndLeavesItUnread()
    {
        var someoneElse = await Testing.CreateAccountAsync(Roles.JobSeeker);
        var theirs = await AddNotificationAsync(someoneElse.Id, NotificationType.ProposalMade, Guid.NewGuid(), Monday);

        await (await _coach.PostAsync($"/api/v1/notifications/{theirs}/read", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _coach.PostAsync($"/api/v1/notifications/{Guid.NewGuid()}/read", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        using var owner = await Testing.SignedInAsync(someoneElse.Email, someoneElse.Password);
        (await owner.TotalAsync("/api/v1/notifications?unread=true")).ShouldBe(1);
    }

    [Test]
    public async Task ReadAll_MarksEveryOneOfTheCallersRead_AndNoOneElses()
    {
        await AddNotificationAsync(_coachId, NotificationType.CheckInDue, Guid.NewGuid(), Monday);
        await AddNotificationAsync(_coachId, NotificationType.CheckInOverdue, Guid.NewGuid(), Monday.AddHours(1));
        var someoneElse = await Testing.CreateAccountAsync(Roles.Matchmaker);
        await AddNotificationAsync(someoneElse.Id, NotificationType.AnswerGiven, Guid.NewGuid(), Monday);

        var response = await _coach.PostAsync("/api/v1/notifications/read-all", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _coach.TotalAsync("/api/v1/notifications?unread=true")).ShouldBe(0);
        (await _coach.TotalAsync("/api/v1/notifications")).ShouldBe(2);
        using var other = await Testing.SignedInAsync(someoneElse.Email, someoneElse.Password);
        (await other.TotalAsync("/api/v1/notifications?unread=true")).ShouldBe(1);
    }

    [TestCase("?pageSize=0", "pageSize")]
    [TestCase("?page=0", "page")]
    public async Task List_WhenPagingIsBad_Returns400NamingIt(string query, string field)
    {
        var response = await _coach.GetAsync($"/api/v1/notifications{query}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().ShouldBe([field]);
    }

    [Test]
    public async Task Notifications_WithoutToken_Return401()
    {
        (await Testing.Anonymous().GetAsync("/api/v1/notifications")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Testing.Anonymous().PostAsync("/api/v1/notifications/read-all", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Dispatch_WhenEmailIsOff_SendsNothingAndCountsNoAttempt()
    {
        var id = await AddNotificationAsync(_coachId, NotificationType.CheckInDue, Guid.NewGuid(), Monday);
        await using var scope = Testing.Factory.Services.CreateAsyncScope();

        var sent = await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().DispatchOnceAsync(CancellationToken.None);

        sent.ShouldBe(0);
        var notification = await WithDbAsync(null, db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));
        notification.SendAttempts.ShouldBe(0);
        notification.SentAt.ShouldBeNull();
    }

    private static async Task<Guid> ProfileAsync(HttpClient staff)
    {
        var forklift = await CatalogueData.CompetenceIdAsync(CatalogueData.OperateForklift);
        return await ProfilesTests.CreateAsync(staff, ProfilesTests.Body(forklift));
    }
}
