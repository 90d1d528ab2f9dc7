using TalentMatch.Application.Features.Notifications;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.UnitTests.Notifications;

public sealed class NotificationTextsTests
{
    private static readonly Dictionary<Guid, Guid> NoEscalations = [];

    [Test]
    public void Text_EveryTypeHasADistinctTextInEachLanguage()
    {
        foreach (var language in NotificationTexts.EmailLanguages)
        {
            var texts = Enum.GetValues<NotificationType>().Select(t => NotificationTexts.Text(t, language)).ToList();
            texts.ShouldAllBe(t => !string.IsNullOrWhiteSpace(t));
            texts.Distinct().Count().ShouldBe(texts.Count, language);
        }
    }

    [Test]
    public void Text_InAnUnsupportedLanguage_IsDutch()
    {
        NotificationTexts.Text(NotificationType.CheckInDue, "de").ShouldBe(NotificationTexts.Text(NotificationType.CheckInDue, "nl"));
    }

    [TestCase(NotificationType.ProposalMade, "/api/v1/matches/")]
    [TestCase(NotificationType.AnswerGiven, "/api/v1/matches/")]
    [TestCase(NotificationType.ConsentWithdrawn, "/api/v1/matches/")]
    [TestCase(NotificationType.CheckInDue, "/api/v1/aftercare/check-ins/")]
    [TestCase(NotificationType.CheckInOverdue, "/api/v1/aftercare/check-ins/")]
    [TestCase(NotificationType.CoachAssigned, "/api/v1/profiles/")]
    public void Link_PointsAtTheSubject(NotificationType type, string prefix)
    {
        var subject = Guid.NewGuid();

        NotificationTexts.Link(type, subject, NoEscalations).ShouldBe(prefix + subject);
    }

    [Test]
    public void Link_OfAnEscalation_PointsAtItsCheckIn_OrNowhereWhenItIsGone()
    {
        var escalation = Guid.NewGuid();
        var checkIn = Guid.NewGuid();

        NotificationTexts.Link(NotificationType.Escalation, escalation, new Dictionary<Guid, Guid> { [escalation] = checkIn }).ShouldBe($"/api/v1/aftercare/check-ins/{checkIn}");
        NotificationTexts.Link(NotificationType.Escalation, escalation, NoEscalations).ShouldBeNull();
    }

    [Test]
    public void Email_HasADutchSubject_AndTheTextInThreeLanguagesWithCrLfLines()
    {
        var email = NotificationTexts.Email("coach@antwerpen.test", NotificationType.Escalation);

        email.To.ShouldBe("coach@antwerpen.test");
        email.Subject.ShouldBe("TalentMatch: " + NotificationTexts.Text(NotificationType.Escalation, "nl"));
        foreach (var language in NotificationTexts.EmailLanguages)
        {
            email.Body.ShouldContain(NotificationTexts.Text(NotificationType.Escalation, language));
        }

        email.Body.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain("\n");
    }
}
