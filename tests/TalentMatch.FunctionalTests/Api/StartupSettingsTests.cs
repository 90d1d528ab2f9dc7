using Microsoft.Extensions.Options;
using TalentMatch.FunctionalTests.Infrastructure;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>
/// The host refuses to start on an invalid setting, naming it. Vacancies and e-mail have theirs
/// beside their features (VacancyFromOccupationTests, NotificationEmailTests).
/// </summary>
public sealed class StartupSettingsTests
{
    [TestCase("Matching:TaxonomyDepth", "0", "Matching:TaxonomyDepth")]
    [TestCase("Matching:CompetencesWeight", "0", "Matching:CompetencesWeight")]
    [TestCase("Aftercare:CheckInOffsets:0", "soon", "Aftercare:CheckInOffsets")]
    [TestCase("Aftercare:ReminderDays", "61", "Aftercare:ReminderDays")]
    [TestCase("Reports:MinimumGroupSize", "0", "Reports:MinimumGroupSize")]
    public void Start_WhenASettingIsInvalid_RefusesToStartNamingIt(string key, string value, string setting)
    {
        using var broken = new TalentMatchFactory(new Dictionary<string, string?> { [key] = value });

        var error = Should.Throw<OptionsValidationException>(() => broken.Services);

        error.Failures.ShouldContain(f => f.Contains(setting));
    }
}
