using TalentMatch.Domain.Common;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.FunctionalTests.Aftercare;

public sealed class ReminderTests : AftercareTest
{
    [Test]
    public async Task SendReminders_RunTwice_WritesEachReminderOnce()
    {
        // The default plan (1w first) and reminders 3 days ahead.
        var overdue = await PlaceWithCoachAsync(startedDaysAgo: 10, displayName: "Overdue");
        var dueSoon = await PlaceWithCoachAsync(startedDaysAgo: 5, displayName: "Due soon");
        var notYet = await PlaceWithCoachAsync(startedDaysAgo: 1, displayName: "Not yet");
        var done = await PlaceWithCoachAsync(startedDaysAgo: 10, displayName: "Done");
        await (await RecordAsync(Coach, done.First.Id, CheckInBody())).ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        var (otherMatchmaker, client) = await AccountAsync(Roles.Matchmaker);
        client.Dispose();
        var noCoach = await PlaceAsync(await CreatePersonAsync("No coach"), startedDaysAgo: 6, otherMatchmaker);

        var first = await SendRemindersAsync();
        var second = await SendRemindersAsync();

        first.ShouldBe(new(Due: 2, Overdue: 1));
        second.ShouldBe(new(Due: 0, Overdue: 0));
        await ShouldHaveOneAsync(overdue.First.Id, NotificationType.CheckInOverdue, CoachId);
        await ShouldHaveOneAsync(dueSoon.First.Id, NotificationType.CheckInDue, CoachId);
        await ShouldHaveOneAsync(noCoach.First.Id, NotificationType.CheckInDue, otherMatchmaker);
        (await NotificationsAboutAsync(notYet.First.Id)).ShouldBeEmpty();
        (await NotificationsAboutAsync(done.First.Id)).ShouldBeEmpty();
        (await NotificationsAboutAsync(overdue.CheckIns[1].Id)).ShouldBeEmpty();
    }

    private static async Task ShouldHaveOneAsync(Guid checkInId, NotificationType type, Guid recipient)
    {
        var notification = (await NotificationsAboutAsync(checkInId)).ShouldHaveSingleItem();
        notification.Type.ShouldBe(type);
        notification.RecipientUserId.ShouldBe(recipient);
    }
}
