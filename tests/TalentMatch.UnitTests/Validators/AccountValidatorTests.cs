using FluentValidation.TestHelper;
using TalentMatch.Application.Features.Auth;
using TalentMatch.Application.Features.Users;
using TalentMatch.Domain.Common;

namespace TalentMatch.UnitTests.Validators;

public sealed class RegisterJobSeekerCommandValidatorTests
{
    private readonly RegisterJobSeekerCommandValidator _validator = new();

    [Test]
    public void Validate_WhenEmailAndPasswordValid_HasNoErrors()
    {
        _validator.TestValidate(new RegisterJobSeekerCommand("person@example.org", "Long-Enough-1")).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not-an-email")]
    public void Validate_WhenEmailInvalid_NamesEmail(string? email)
    {
        _validator.TestValidate(new RegisterJobSeekerCommand(email, "Long-Enough-1")).ShouldHaveValidationErrorFor(c => c.Email);
    }

    [Test]
    public void Validate_WhenEmailTooLong_NamesEmail()
    {
        _validator.TestValidate(new RegisterJobSeekerCommand(new string('a', 250) + "@example.org", "Long-Enough-1")).ShouldHaveValidationErrorFor(c => c.Email);
    }

    [TestCase(null)]
    [TestCase("short")]
    [TestCase("123456789")]
    public void Validate_WhenPasswordTooShort_NamesPassword(string? password)
    {
        _validator.TestValidate(new RegisterJobSeekerCommand("person@example.org", password)).ShouldHaveValidationErrorFor(c => c.Password);
    }

    [Test]
    public void Validate_WhenPasswordTooLong_NamesPassword()
    {
        _validator.TestValidate(new RegisterJobSeekerCommand("person@example.org", new string('p', 129))).ShouldHaveValidationErrorFor(c => c.Password);
    }
}

public sealed class CreateUserCommandValidatorTests
{
    private const string Email = "staff@example.org";
    private const string Password = "Long-Enough-1";
    private readonly CreateUserCommandValidator _validator = new();

    [TestCase(Roles.Admin)]
    [TestCase(Roles.Matchmaker)]
    [TestCase(Roles.TalentScout)]
    [TestCase(Roles.JobHunter)]
    [TestCase(Roles.Coach)]
    [TestCase(Roles.JobSeeker)]
    public void Validate_WhenStaffRoleWithoutOrganisation_HasNoErrors(string role)
    {
        _validator.TestValidate(new CreateUserCommand(Email, Password, role, null)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WhenEmployerWithOrganisation_HasNoErrors()
    {
        _validator.TestValidate(new CreateUserCommand(Email, Password, Roles.Employer, Guid.NewGuid())).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WhenEmployerWithoutOrganisation_NamesOrganisationId()
    {
        _validator.TestValidate(new CreateUserCommand(Email, Password, Roles.Employer, null)).ShouldHaveValidationErrorFor(c => c.OrganisationId);
    }

    [TestCase(Roles.Matchmaker)]
    [TestCase(Roles.JobSeeker)]
    public void Validate_WhenOtherRoleWithOrganisation_NamesOrganisationId(string role)
    {
        _validator.TestValidate(new CreateUserCommand(Email, Password, role, Guid.NewGuid())).ShouldHaveValidationErrorFor(c => c.OrganisationId);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("SuperUser")]
    [TestCase("admin")]
    public void Validate_WhenRoleUnknown_NamesRole(string? role)
    {
        _validator.TestValidate(new CreateUserCommand(Email, Password, role, null)).ShouldHaveValidationErrorFor(c => c.Role);
    }

    [Test]
    public void Validate_WhenEmailAndPasswordInvalid_NamesBoth()
    {
        var result = _validator.TestValidate(new CreateUserCommand("nope", "short", Roles.Coach, null));

        result.ShouldHaveValidationErrorFor(c => c.Email);
        result.ShouldHaveValidationErrorFor(c => c.Password);
    }
}
