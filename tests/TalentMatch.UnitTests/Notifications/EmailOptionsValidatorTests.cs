using TalentMatch.Infrastructure.Notifications;

namespace TalentMatch.UnitTests.Notifications;

public sealed class EmailOptionsValidatorTests
{
    private readonly EmailOptionsValidator _validator = new();

    [Test]
    public void Validate_WhenOff_AcceptsEmptySettings()
    {
        _validator.Validate(null, new EmailOptions()).Succeeded.ShouldBeTrue();
    }

    [Test]
    public void Validate_WhenOnWithServer_Succeeds()
    {
        var options = new EmailOptions { Enabled = true, Host = "smtp.antwerpen.test", From = "talentmatch@antwerpen.test", UserName = "mailer", Password = "secret" };

        _validator.Validate(null, options).Succeeded.ShouldBeTrue();
    }

    [Test]
    public void Validate_WhenOnWithPickupDirectory_NeedsNoServer()
    {
        var options = new EmailOptions { Enabled = true, PickupDirectory = "mail", From = "talentmatch@antwerpen.test", Port = 0 };

        _validator.Validate(null, options).Succeeded.ShouldBeTrue();
    }

    [Test]
    public void Validate_WhenOnAndIncomplete_NamesEverySetting()
    {
        var options = new EmailOptions { Enabled = true, From = "not an address", Port = 70000, UserName = "mailer", IntervalSeconds = 0, MaxAttempts = 0 };

        var result = _validator.Validate(null, options);

        result.Failed.ShouldBeTrue();
        var failures = string.Join(" ", result.Failures!);
        foreach (var setting in new[] { "From", "Host", "Port", "Password", "IntervalSeconds", "MaxAttempts" })
        {
            failures.ShouldContain($"Notifications:Email:{setting}");
        }
    }
}
