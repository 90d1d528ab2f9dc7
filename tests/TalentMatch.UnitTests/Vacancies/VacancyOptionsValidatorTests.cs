using TalentMatch.Application.Features.Vacancies;

namespace TalentMatch.UnitTests.Vacancies;

public sealed class VacancyOptionsValidatorTests
{
    private readonly VacancyOptionsValidator _validator = new();

    [TestCase(1, "A1")]
    [TestCase(8, "B1")]
    [TestCase(50, "c2")]
    public void Validate_WhenInRange_Succeeds(int maxRequired, string dutchLevel)
    {
        _validator.Validate(null, new VacancyOptions { MaxRequiredFromOccupation = maxRequired, DefaultDutchLevel = dutchLevel })
            .Succeeded.ShouldBeTrue();
    }

    [Test]
    public void Validate_ByDefault_Succeeds()
    {
        _validator.Validate(null, new VacancyOptions()).Succeeded.ShouldBeTrue();
    }

    [TestCase(0)]
    [TestCase(51)]
    public void Validate_WhenMaxRequiredOutOfRange_NamesIt(int maxRequired)
    {
        var result = _validator.Validate(null, new VacancyOptions { MaxRequiredFromOccupation = maxRequired });

        result.Failed.ShouldBeTrue();
        result.Failures!.ShouldHaveSingleItem().ShouldContain("Vacancies:MaxRequiredFromOccupation");
    }

    [TestCase("")]
    [TestCase("B3")]
    [TestCase("native")]
    public void Validate_WhenDutchLevelNotCefr_NamesIt(string dutchLevel)
    {
        var result = _validator.Validate(null, new VacancyOptions { DefaultDutchLevel = dutchLevel });

        result.Failed.ShouldBeTrue();
        result.Failures!.ShouldHaveSingleItem().ShouldContain("Vacancies:DefaultDutchLevel");
    }
}
