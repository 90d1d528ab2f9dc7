using FluentValidation.TestHelper;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Common;

namespace TalentMatch.UnitTests.Validators;

public sealed class ConfirmCompetenceCommandValidatorTests
{
    private readonly ConfirmCompetenceCommandValidator _validator = new();

    [TestCase(1)]
    [TestCase(4)]
    public void Validate_WhenValid_HasNoErrors(int level)
    {
        _validator.TestValidate(new ConfirmCompetenceCommand(level, CompetenceSource.Life, "zag het op de werkvloer")).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(0)]
    [TestCase(5)]
    public void Validate_WhenLevelOutOfRange_NamesLevel(int level)
    {
        _validator.TestValidate(new ConfirmCompetenceCommand(level, CompetenceSource.Work, null)).ShouldHaveValidationErrorFor(c => c.Level);
    }

    [Test]
    public void Validate_WhenSourceMissingOrUndefined_NamesSource()
    {
        _validator.TestValidate(new ConfirmCompetenceCommand(2, null, null)).ShouldHaveValidationErrorFor(c => c.Source);
        _validator.TestValidate(new ConfirmCompetenceCommand(2, (CompetenceSource)42, null)).ShouldHaveValidationErrorFor(c => c.Source);
    }

    [Test]
    public void Validate_WhenNoteTooLong_NamesNote()
    {
        _validator.TestValidate(new ConfirmCompetenceCommand(2, CompetenceSource.Work, new string('n', ProfileCompetenceInput.MaxNoteLength + 1)))
            .ShouldHaveValidationErrorFor(c => c.Note);
    }
}
