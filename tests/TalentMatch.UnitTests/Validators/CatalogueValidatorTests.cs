using FluentValidation.TestHelper;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Catalogue;

namespace TalentMatch.UnitTests.Validators;

public sealed class ListCompetencesQueryValidatorTests
{
    private readonly ListCompetencesQueryValidator _validator = new();

    [TestCase(1)]
    [TestCase(200)]
    public void Validate_WhenPageSizeInRange_HasNoErrors(int pageSize)
    {
        _validator.TestValidate(new ListCompetencesQuery("heftruck", null, PageSize: pageSize)).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(0)]
    [TestCase(201)]
    public void Validate_WhenPageSizeOutOfRange_NamesPageSize(int pageSize)
    {
        _validator.TestValidate(new ListCompetencesQuery(null, null, PageSize: pageSize)).ShouldHaveValidationErrorFor(q => q.PageSize);
    }

    [Test]
    public void Validate_WhenPageZero_NamesPage()
    {
        _validator.TestValidate(new ListCompetencesQuery(null, null, Page: 0)).ShouldHaveValidationErrorFor(q => q.Page);
    }

    [Test]
    public void Validate_WhenQueryTooLongOrTypeUndefined_NamesThem()
    {
        var result = _validator.TestValidate(new ListCompetencesQuery(new string('q', 201), (CompetenceType)99));

        result.ShouldHaveValidationErrorFor(q => q.Q);
        result.ShouldHaveValidationErrorFor(q => q.Type);
    }
}

public sealed class CreateCompetenceCommandValidatorTests
{
    private readonly CreateCompetenceCommandValidator _validator = new();

    [TestCase(null)]
    [TestCase(ReuseLevel.Transversal)]
    [TestCase(ReuseLevel.OccupationSpecific)]
    public void Validate_WhenReuseLevelMissingOrDefined_HasNoErrorForIt(ReuseLevel? reuseLevel)
    {
        _validator.TestValidate(Command(reuseLevel)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WhenReuseLevelUndefined_NamesReuseLevel()
    {
        _validator.TestValidate(Command((ReuseLevel)99)).ShouldHaveValidationErrorFor(c => c.ReuseLevel);
    }

    private static CreateCompetenceCommand Command(ReuseLevel? reuseLevel) =>
        new(null, CompetenceType.Skill, new Dictionary<string, string> { ["nl"] = "bakfiets besturen" }, null, null, reuseLevel);
}
