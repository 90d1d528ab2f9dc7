using FluentValidation.TestHelper;
using TalentMatch.Application.Features.Coins;

namespace TalentMatch.UnitTests.Coins;

public sealed class AwardCoinsCommandValidatorTests
{
    private static readonly AwardCoinsCommandValidator Validator = new();

    private static AwardCoinsCommand Valid(long amount = 5) => new(Guid.NewGuid(), amount, "Buurtfeest") { IdempotencyKey = "k-1" };

    [Test]
    public void Validate_WhenValid_HasNoErrors() => Validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(10_001)]
    public void Validate_WhenAmountZeroNegativeOrHuge_NamesAmount(long amount) =>
        Validator.TestValidate(Valid(amount)).ShouldHaveValidationErrorFor(c => c.Amount);

    [TestCase(null)]
    [TestCase("")]
    public void Validate_WithoutIdempotencyKey_NamesIt(string? key) =>
        Validator.TestValidate(Valid() with { IdempotencyKey = key }).ShouldHaveValidationErrorFor(c => c.IdempotencyKey);

    [Test]
    public void Validate_WithAKeyOver100Characters_NamesIt() =>
        Validator.TestValidate(Valid() with { IdempotencyKey = new string('k', 101) }).ShouldHaveValidationErrorFor(c => c.IdempotencyKey);

    [Test]
    public void Validate_WithoutReason_NamesReason() =>
        Validator.TestValidate(Valid() with { Reason = "  " }).ShouldHaveValidationErrorFor(c => c.Reason);
}

public sealed class RunCoinExpiryCommandValidatorTests
{
    // 23:30 UTC on 14 March is already 15 March in Antwerp.
    private static readonly RunCoinExpiryCommandValidator Validator = new(new FixedClock(new DateTimeOffset(2026, 3, 14, 23, 30, 0, TimeSpan.Zero)));

    [Test]
    public void Validate_TodayInAntwerp_IsAccepted() =>
        Validator.TestValidate(new RunCoinExpiryCommand(new DateOnly(2026, 3, 15)) { IdempotencyKey = "k" }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void Validate_ADayToCome_NamesDate() =>
        Validator.TestValidate(new RunCoinExpiryCommand(new DateOnly(2026, 3, 16)) { IdempotencyKey = "k" }).ShouldHaveValidationErrorFor(c => c.Date);

    [Test]
    public void Validate_TheScheduledRun_NeedsNoKey() =>
        Validator.TestValidate(new RunCoinExpiryCommand(new DateOnly(2026, 3, 14)) { Scheduled = true }).ShouldNotHaveAnyValidationErrors();
}

public sealed class CoinsOptionsTests
{
    [Test]
    public void Validate_Defaults_AreValid_AndExpiryIsOff()
    {
        var options = new CoinsOptions();

        options.Validate().ShouldBeEmpty();
        options.ExpiryMonths.ShouldBe(0);
    }

    [Test]
    public void Validate_OutOfRangeValues_NameEachSetting()
    {
        var errors = new CoinsOptions { PerHour = 0, MonthlyCap = 0, ExpiryMonths = -1, ReservationDays = 0, JobIntervalMinutes = -1 }.Validate();

        errors.Count.ShouldBe(5);
        foreach (var setting in new[] { "Coins:PerHour", "Coins:MonthlyCap", "Coins:ExpiryMonths", "Coins:ReservationDays", "Coins:JobIntervalMinutes" })
        {
            errors.ShouldContain(e => e.StartsWith(setting, StringComparison.Ordinal));
        }
    }

    [TestCase("2026-03-31T21:59:00Z", "2026-03-01")]
    [TestCase("2026-03-31T22:00:00Z", "2026-04-01")]
    public void Month_IsTheCalendarMonthInAntwerp(string instant, string firstDay)
    {
        var (start, _) = CoinLedger.Month(DateTime.Parse(instant, null, System.Globalization.DateTimeStyles.AdjustToUniversal));

        start.ShouldBe(Application.Common.CityTime.StartOfDayUtc(DateOnly.Parse(firstDay)));
    }
}
