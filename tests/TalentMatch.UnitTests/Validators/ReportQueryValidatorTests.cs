using FluentValidation.TestHelper;
using TalentMatch.Application.Features.Notifications;
using TalentMatch.Application.Features.Reports;
using TalentMatch.Domain.Places;
using TalentMatch.Infrastructure.Places;

namespace TalentMatch.UnitTests.Validators;

public sealed class ReportQueryValidatorTests
{
    private static readonly PostcodeDirectory Places = PostcodeTable.Load();
    private static readonly DateOnly March1 = new(2026, 3, 1);
    private static readonly DateOnly March31 = new(2026, 3, 31);

    private readonly FunnelReportQueryValidator _funnel = new(Places);
    private readonly AftercareReportQueryValidator _aftercare = new(Places);

    [TestCase(null)]
    [TestCase("Deurne")]
    [TestCase("berendrecht-zandvliet-lillo")]
    [TestCase("Mechelen")]
    public void Validate_WhenPeriodOrderedAndDistrictKnown_HasNoErrors(string? district)
    {
        _funnel.TestValidate(new FunnelReportQuery(March1, March31, district, null)).ShouldNotHaveAnyValidationErrors();
        _aftercare.TestValidate(new AftercareReportQuery(March1, March1, district)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WhenFromAfterTo_NamesTo()
    {
        _funnel.TestValidate(new FunnelReportQuery(March31, March1, null, null)).ShouldHaveValidationErrorFor(q => q.To);
        _aftercare.TestValidate(new AftercareReportQuery(March31, March1, null)).ShouldHaveValidationErrorFor(q => q.To);
    }

    [Test]
    public void Validate_WhenDatesMissing_NamesThem()
    {
        var result = _aftercare.TestValidate(new AftercareReportQuery(null, null, null));

        result.ShouldHaveValidationErrorFor(q => q.From);
        result.ShouldHaveValidationErrorFor(q => q.To);
    }

    [TestCase("Atlantis")]
    [TestCase("2100")]
    [TestCase(" ")]
    public void Validate_WhenDistrictUnknown_NamesDistrict(string district)
    {
        _funnel.TestValidate(new FunnelReportQuery(March1, March31, district, null)).ShouldHaveValidationErrorFor(q => q.District);
    }
}

public sealed class ListNotificationsQueryValidatorTests
{
    private readonly ListNotificationsQueryValidator _validator = new();

    [Test]
    public void Validate_WhenPagingInRange_HasNoErrors()
    {
        _validator.TestValidate(new ListNotificationsQuery(true, 1, 200)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WhenPagingOutOfRange_NamesPageAndPageSize()
    {
        var result = _validator.TestValidate(new ListNotificationsQuery(null, 0, 201));

        result.ShouldHaveValidationErrorFor(q => q.Page);
        result.ShouldHaveValidationErrorFor(q => q.PageSize);
    }
}
