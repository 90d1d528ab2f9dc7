using TalentMatch.Application.Features.Vacancies;

namespace TalentMatch.UnitTests.Vacancies;

public sealed class VacancyOptionsTests
{
    [TestCase(1, "A1")]
    [TestCase(8, "B1")]
    [TestCase(50, "c2")]
    public void Validate_WhenInRange_HasNoErrors(int maxRequired, string dutchLevel)
    {
        new VacancyOptions { MaxRequiredFromOccupation = maxRequired, DefaultDutchLevel = dutchLevel }.Validate().ShouldBeEmpty();
    }

    [Test]
    public void Validate_ByDefault_HasNoErrors()
    {
        new VacancyOptions().Validate().ShouldBeEmpty();
    }

    [TestCase(0)]
    [TestCase(51)]
    public void Validate_WhenMaxRequiredOutOfRange_NamesIt(int maxRequired)
    {
        var errors = new VacancyOptions { MaxRequiredFromOccupation = maxRequired }.Validate();

        errors.ShouldHaveSingleItem().ShouldContain("Vacancies:MaxRequiredFromOccupation");
    }

    [TestCase("")]
    [TestCase("B3")]
    [TestCase("native")]
    public void Validate_WhenDutchLevelNotCefr_NamesIt(string dutchLevel)
    {
        var errors = new VacancyOptions { DefaultDutchLevel = dutchLevel }.Validate();

        errors.ShouldHaveSingleItem().ShouldContain("Vacancies:DefaultDutchLevel");
    }
}
