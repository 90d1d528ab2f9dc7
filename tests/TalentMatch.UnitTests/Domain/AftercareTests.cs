using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Domain.Aftercare;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.UnitTests.Domain;

public sealed class AftercareTests
{
    private static readonly Guid Matchmaker = Guid.NewGuid();
    private static readonly DateTime Now = new(2025, 1, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Start = new(2025, 1, 31);

    [Test]
    public void Validate_WhenDefaults_HasNoErrors()
    {
        new AftercareOptions().Validate().ShouldBeEmpty();
    }

    [Test]
    public void Validate_WhenOffsetUnreadableOrTwice_NamesTheSetting()
    {
        var errors = new AftercareOptions { CheckInOffsets = ["1w", "1W", "soon"] }.Validate();

        errors.Count.ShouldBe(2);
        errors.ShouldContain(e => e.Contains("'soon'"));
        errors.ShouldContain(e => e.Contains("each offset may appear once"));
    }

    [TestCase(-1, 60, "ReminderDays")]
    [TestCase(61, 60, "ReminderDays")]
    [TestCase(3, -1, "ReminderIntervalMinutes")]
    [TestCase(3, 1441, "ReminderIntervalMinutes")]
    public void Validate_WhenReminderSettingOutOfRange_NamesIt(int days, int minutes, string setting)
    {
        var errors = new AftercareOptions { ReminderDays = days, ReminderIntervalMinutes = minutes }.Validate();

        errors.ShouldHaveSingleItem().ShouldContain($"Aftercare:{setting}");
    }

    [TestCase(0, 0)]
    [TestCase(60, 1440)]
    public void Validate_WhenReminderSettingsAtTheirBounds_HasNoErrors(int days, int minutes)
    {
        new AftercareOptions { ReminderDays = days, ReminderIntervalMinutes = minutes }.Validate().ShouldBeEmpty();
    }

    [Test]
    public void PlanFor_WhenDefaults_PlansFourCheckInsFromTheStart()
    {
        var match = Placed();

        var plan = new AftercareOptions().PlanFor(match).ToList();

        plan.Select(c => c.Offset).ShouldBe(["1w", "1m", "3m", "6m"]);
        plan.Select(c => c.DueOn).ShouldBe([new DateOnly(2025, 2, 7), new DateOnly(2025, 2, 28), new DateOnly(2025, 4, 30), new DateOnly(2025, 7, 31)]);
        plan.ShouldAllBe(c => c.MatchId == match.Id && c.ProfileId == match.ProfileId && c.CompletedAt == null);
    }

    [Test]
    public void PlanFor_WhenConfigured_PlansThoseOffsetsShortestFirst()
    {
        var plan = new AftercareOptions { CheckInOffsets = ["2m", "3d", "2w"] }.PlanFor(Placed()).ToList();

        plan.Select(c => c.Offset).ShouldBe(["3d", "2w", "2m"]);
    }

    [Test]
    public void PlanFor_WhenNotPlaced_Throws()
    {
        var match = new Match(Guid.NewGuid(), OpportunityKind.Job, Guid.NewGuid(), Guid.NewGuid(), 70, true, false, "{}", Matchmaker, Now);

        Should.Throw<InvalidOperationException>(() => new AftercareOptions().PlanFor(match).ToList());
    }

    [TestCase(0)]
    [TestCase(6)]
    public void Record_WhenWellbeingOutOfRange_ThrowsAndKeepsTheCheckInOpen(int wellbeing)
    {
        var checkIn = CheckIn();
        var stamp = checkIn.ConcurrencyStamp;

        Should.Throw<DomainRuleException>(() => checkIn.Record(Now, wellbeing, null, RiskLevel.None, null, null, Guid.NewGuid()));

        checkIn.CompletedAt.ShouldBeNull();
        checkIn.ConcurrencyStamp.ShouldBe(stamp);
    }

    [TestCase(1)]
    [TestCase(5)]
    public void Record_WhenWellbeingInRange_CompletesAndChangesTheStamp(int wellbeing)
    {
        var checkIn = CheckIn();
        var stamp = checkIn.ConcurrencyStamp;
        var coach = Guid.NewGuid();

        checkIn.Record(Now, wellbeing, "notes", RiskLevel.High, "call", false, coach);

        checkIn.CompletedAt.ShouldBe(Now);
        checkIn.Wellbeing.ShouldBe(wellbeing);
        checkIn.Risk.ShouldBe(RiskLevel.High);
        checkIn.StillWorking.ShouldBe(false);
        checkIn.CompletedByUserId.ShouldBe(coach);
        checkIn.ConcurrencyStamp.ShouldNotBe(stamp);
        checkIn.IsOverdue(checkIn.DueOn.AddDays(1)).ShouldBeFalse();
    }

    [Test]
    public void IsOverdue_WhenOpen_IsTrueOnlyAfterTheDueDay()
    {
        var checkIn = CheckIn();

        checkIn.IsOverdue(checkIn.DueOn).ShouldBeFalse();
        checkIn.IsOverdue(checkIn.DueOn.AddDays(1)).ShouldBeTrue();
    }

    [Test]
    public void Resolve_WhenAlreadyResolved_ThrowsAndKeepsTheFirstResolution()
    {
        var escalation = new Escalation(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Matchmaker, Now);
        escalation.Resolve("Talked to the employer.", Matchmaker, Now.AddHours(1));

        Should.Throw<DomainRuleException>(() => escalation.Resolve("Again.", Guid.NewGuid(), Now.AddHours(2)));

        escalation.IsOpen.ShouldBeFalse();
        escalation.Resolution.ShouldBe("Talked to the employer.");
        escalation.ResolvedByUserId.ShouldBe(Matchmaker);
        escalation.ResolvedAt.ShouldBe(Now.AddHours(1));
    }

    private static CheckIn CheckIn() => new(Guid.NewGuid(), Guid.NewGuid(), AftercareOffset.Parse("1w"), Start);

    private static Match Placed()
    {
        var match = new Match(Guid.NewGuid(), OpportunityKind.Job, Guid.NewGuid(), Guid.NewGuid(), 70, true, false, "{}", Matchmaker, Now);
        foreach (var step in new[] { MatchState.Proposed, MatchState.Accepted, MatchState.Introduced })
        {
            match.TransitionTo(step, Matchmaker, Now);
        }

        match.TransitionTo(MatchState.Placed, Matchmaker, Now, startDate: Start, contract: ContractType.Permanent);
        return match;
    }
}
