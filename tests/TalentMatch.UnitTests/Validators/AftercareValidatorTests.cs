using FluentValidation.TestHelper;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Domain.Aftercare;

namespace TalentMatch.UnitTests.Validators;

public sealed class AftercareValidatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 10, 0, 0, TimeSpan.FromHours(2));
    private readonly RecordCheckInCommandValidator _checkIn = new(new FixedClock(Now));

    private static RecordCheckInCommand ValidCheckIn() => new(Now.AddHours(-1), 4, "Goed gestart.", RiskLevel.Low, "Bellen.", true);

    [Test]
    public void RecordCheckIn_WhenValid_HasNoErrors()
    {
        _checkIn.TestValidate(ValidCheckIn()).ShouldNotHaveAnyValidationErrors();
        _checkIn.TestValidate(ValidCheckIn() with { Notes = null, Actions = null, StillWorking = null, CompletedAt = Now }).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null)]
    [TestCase(0)]
    [TestCase(6)]
    public void RecordCheckIn_WhenWellbeingMissingOrOutOf1To5_NamesWellbeing(int? wellbeing)
    {
        var result = _checkIn.TestValidate(ValidCheckIn() with { Wellbeing = wellbeing });

        result.ShouldHaveValidationErrorFor(c => c.Wellbeing);
        result.Errors.Count.ShouldBe(1);
    }

    [Test]
    [SetUICulture("en")]
    public void RecordCheckIn_WhenCompletedInTheFuture_NamesCompletedAt()
    {
        var result = _checkIn.TestValidate(ValidCheckIn() with { CompletedAt = Now + RecordCheckInCommandValidator.ClockSkew + TimeSpan.FromSeconds(1) });

        result.ShouldHaveValidationErrorFor(c => c.CompletedAt).WithErrorMessage("completedAt cannot be in the future.");
    }

    [Test]
    public void RecordCheckIn_WhenClientClockSlightlyAhead_HasNoErrors()
    {
        _checkIn.TestValidate(ValidCheckIn() with { CompletedAt = Now + RecordCheckInCommandValidator.ClockSkew }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void RecordCheckIn_WhenCompletedAtOrRiskMissingOrRiskUndefined_NamesEach()
    {
        _checkIn.TestValidate(ValidCheckIn() with { CompletedAt = null }).ShouldHaveValidationErrorFor(c => c.CompletedAt);
        _checkIn.TestValidate(ValidCheckIn() with { Risk = null }).ShouldHaveValidationErrorFor(c => c.Risk);
        _checkIn.TestValidate(ValidCheckIn() with { Risk = (RiskLevel)9 }).ShouldHaveValidationErrorFor(c => c.Risk);
    }

    [Test]
    public void RecordCheckIn_WhenNotesOrActionsTooLong_NamesEach()
    {
        var tooLong = new string('x', CheckIn.MaxNotesLength + 1);

        var result = _checkIn.TestValidate(ValidCheckIn() with { Notes = tooLong, Actions = tooLong });

        result.ShouldHaveValidationErrorFor(c => c.Notes);
        result.ShouldHaveValidationErrorFor(c => c.Actions);
    }

    [Test]
    public void AssignCoach_WhenCoachOrNone_HasNoErrors()
    {
        var validator = new AssignCoachCommandValidator();

        validator.TestValidate(new AssignCoachCommand(Guid.NewGuid(), "Dichtbij.")).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new AssignCoachCommand(null, null)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void AssignCoach_WhenEmptyIdOrLongReason_NamesEach()
    {
        var result = new AssignCoachCommandValidator().TestValidate(new AssignCoachCommand(Guid.Empty, new string('x', 1001)));

        result.ShouldHaveValidationErrorFor(c => c.CoachUserId);
        result.ShouldHaveValidationErrorFor(c => c.Reason);
    }

    [TestCase(true, null)]
    [TestCase(true, "Contract verlengd.")]
    [TestCase(false, "Verhuisd.")]
    public void RecordOutcome_WhenWorkingOrLeftWithReason_HasNoErrors(bool stillWorking, string? reason)
    {
        new RecordOutcomeCommandValidator().TestValidate(new RecordOutcomeCommand(stillWorking, reason)).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [SetUICulture("en")]
    public void RecordOutcome_WhenLeftWithoutReason_NamesReason(string? reason)
    {
        var result = new RecordOutcomeCommandValidator().TestValidate(new RecordOutcomeCommand(false, reason));

        result.ShouldHaveValidationErrorFor(c => c.Reason).WithErrorMessage("Say why the person left.");
        result.ShouldNotHaveValidationErrorFor(c => c.StillWorking);
    }

    [Test]
    public void RecordOutcome_WhenStillWorkingMissing_NamesIt()
    {
        new RecordOutcomeCommandValidator().TestValidate(new RecordOutcomeCommand(null, null)).ShouldHaveValidationErrorFor(c => c.StillWorking);
    }

    [TestCase(null)]
    [TestCase("  ")]
    public void ResolveEscalation_WhenNoResolution_NamesResolution(string? resolution)
    {
        new ResolveEscalationCommandValidator().TestValidate(new ResolveEscalationCommand(resolution)).ShouldHaveValidationErrorFor(c => c.Resolution);
    }

    [Test]
    public void ResolveEscalation_WhenResolutionTooLong_NamesResolution()
    {
        new ResolveEscalationCommandValidator().TestValidate(new ResolveEscalationCommand(new string('x', Escalation.MaxResolutionLength + 1)))
            .ShouldHaveValidationErrorFor(c => c.Resolution);
        new ResolveEscalationCommandValidator().TestValidate(new ResolveEscalationCommand("Opgelost.")).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(0, 50)]
    [TestCase(1, 201)]
    public void ListQueries_WhenPageOutOfRange_NameIt(int page, int pageSize)
    {
        new ListCheckInsQueryValidator().TestValidate(new ListCheckInsQuery(null, null, null, null, page, pageSize)).IsValid.ShouldBeFalse();
        new ListCoachPeopleQueryValidator().TestValidate(new ListCoachPeopleQuery(null, page, pageSize)).IsValid.ShouldBeFalse();
        new ListEscalationsQueryValidator().TestValidate(new ListEscalationsQuery(null, null, page, pageSize)).IsValid.ShouldBeFalse();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
