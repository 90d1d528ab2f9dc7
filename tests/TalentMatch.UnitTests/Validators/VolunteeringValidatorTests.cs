using FluentValidation.TestHelper;
using TalentMatch.Application.Features.Volunteering;

namespace TalentMatch.UnitTests.Validators;

public sealed class LogVolunteerHoursCommandValidatorTests
{
    // 23:30 UTC on 14 March is already 15 March in Antwerp.
    private static readonly LogVolunteerHoursCommandValidator Validator = new(new FixedClock(new DateTimeOffset(2026, 3, 14, 23, 30, 0, TimeSpan.Zero)));

    private static LogVolunteerHoursCommand Valid(DateOnly? date = null, double hours = 3) => new(Guid.NewGuid(), date ?? new DateOnly(2026, 3, 10), hours);

    [Test]
    public void Validate_WhenValid_HasNoErrors()
    {
        Validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WhenTodayInAntwerpIsStillTomorrowInUtc_AcceptsIt()
    {
        Validator.TestValidate(Valid(new DateOnly(2026, 3, 15))).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WhenDayToCome_NamesDate()
    {
        Validator.TestValidate(Valid(new DateOnly(2026, 3, 16))).ShouldHaveValidationErrorFor(c => c.Date);
    }

    [Test]
    public void Validate_WhenDateMissing_NamesDate()
    {
        Validator.TestValidate(Valid() with { Date = null }).ShouldHaveValidationErrorFor(c => c.Date);
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(24.01)]
    public void Validate_WhenHoursOutOfRange_NamesHours(double hours)
    {
        Validator.TestValidate(Valid(hours: hours)).ShouldHaveValidationErrorFor(c => c.Hours);
    }

    [TestCase(0.25)]
    [TestCase(24)]
    public void Validate_WhenHoursAtTheEdges_HasNoErrors(double hours)
    {
        Validator.TestValidate(Valid(hours: hours)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WhenProfileMissing_NamesProfileId()
    {
        Validator.TestValidate(Valid() with { ProfileId = Guid.Empty }).ShouldHaveValidationErrorFor(c => c.ProfileId);
    }
}

public sealed class GetVolunteerHoursSummaryQueryValidatorTests
{
    private readonly GetVolunteerHoursSummaryQueryValidator _validator = new();

    [TestCase(null, null)]
    [TestCase("2026-03-01", null)]
    [TestCase(null, "2026-03-01")]
    [TestCase("2026-03-01", "2026-03-01")]
    public void Validate_WhenOpenOrOrdered_HasNoErrors(string? from, string? to)
    {
        _validator.TestValidate(new GetVolunteerHoursSummaryQuery(Guid.NewGuid(), Day(from), Day(to))).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WhenFromAfterTo_NamesTo()
    {
        _validator.TestValidate(new GetVolunteerHoursSummaryQuery(Guid.NewGuid(), new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1)))
            .ShouldHaveValidationErrorFor(q => q.To);
    }

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
