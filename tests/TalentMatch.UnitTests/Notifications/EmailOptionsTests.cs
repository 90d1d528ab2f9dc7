using TalentMatch.Infrastructure.Notifications;

namespace TalentMatch.UnitTests.Notifications;

public sealed class EmailOptionsTests
{
    [Test]
    public void Validate_WhenOff_AcceptsEmptySettings()
    {
        new EmailOptions().Validate().ShouldBeEmpty();
    }

    [Test]
    public void Validate_WhenOnWithServer_HasNoErrors()
    {
        var options = new EmailOptions { Enabled = true, Host = "smtp.antwerpen.test", From = "talentmatch@antwerpen.test", UserName = "mailer", Password = "secret" };

        options.Validate().ShouldBeEmpty();
    }

    [Test]
    public void Validate_WhenOnWithPickupDirectory_NeedsNoServer()
    {
        var options = new EmailOptions { Enabled = true, PickupDirectory = "mail", From = "talentmatch@antwerpen.test", Port = 0 };

        options.Validate().ShouldBeEmpty();
    }

    [Test]
    public void Validate_WhenOnAndIncomplete_NamesEverySetting()
    {
        var options = new EmailOptions { Enabled = true, From = "not an address", Port = 70000, UserName = "mailer", IntervalSeconds = 0, MaxAttempts = 0 };

        var failures = string.Join(" ", options.Validate());

        foreach (var setting in new[] { "From", "Host", "Port", "Password", "IntervalSeconds", "MaxAttempts" })
        {
            failures.ShouldContain($"Notifications:Email:{setting}");
        }
    }
}
