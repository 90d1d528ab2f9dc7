using TalentMatch.Domain.Aftercare;

namespace TalentMatch.UnitTests.Domain;

public sealed class AftercareOffsetTests
{
    [TestCase("1w", 1, 'w', "1w")]
    [TestCase(" 3M ", 3, 'm', "3m")]
    [TestCase("10d", 10, 'd', "10d")]
    [TestCase("120m", 120, 'm', "120m")]
    public void TryParse_WhenNumberAndUnit_ReturnsOffset(string text, int amount, char unit, string written)
    {
        AftercareOffset.TryParse(text, out var offset).ShouldBeTrue();

        offset.Amount.ShouldBe(amount);
        offset.Unit.ShouldBe(unit);
        offset.ToString().ShouldBe(written);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("w")]
    [TestCase("0w")]
    [TestCase("121m")]
    [TestCase("1y")]
    [TestCase("-1w")]
    [TestCase("+1w")]
    [TestCase("1.5m")]
    [TestCase("1 w")]
    [TestCase("１w")]
    public void TryParse_WhenNotAnOffset_ReturnsFalse(string? text)
    {
        AftercareOffset.TryParse(text, out _).ShouldBeFalse();
    }

    [Test]
    public void Parse_WhenInvalid_ThrowsFormatExceptionNamingTheText()
    {
        Should.Throw<FormatException>(() => AftercareOffset.Parse("2y")).Message.ShouldContain("'2y'");
    }

    [TestCase("3d", "2025-03-01", "2025-03-04")]
    [TestCase("1w", "2025-12-29", "2026-01-05")]
    [TestCase("1m", "2025-03-15", "2025-04-15")]
    [TestCase("6m", "2025-09-30", "2026-03-30")]

    // A month end that the target month lacks falls on that month's last day.
    [TestCase("1m", "2025-01-31", "2025-02-28")]
    [TestCase("1m", "2024-01-31", "2024-02-29")]
    [TestCase("3m", "2025-08-31", "2025-11-30")]
    [TestCase("1m", "2025-03-31", "2025-04-30")]
    [TestCase("12m", "2024-02-29", "2025-02-28")]
    public void DueOn_CountsDaysWeeksAndCalendarMonths(string offset, string start, string due)
    {
        AftercareOffset.Parse(offset).DueOn(DateOnly.Parse(start)).ShouldBe(DateOnly.Parse(due));
    }

    [Test]
    public void Defaults_AreOneWeekOneThreeAndSixMonths()
    {
        AftercareOffset.Defaults.Select(o => o.ToString()).ShouldBe(["1w", "1m", "3m", "6m"]);
    }

    [Test]
    public void ApproximateDays_OrdersWeeksBeforeMonths()
    {
        AftercareOffset.Parse("5w").ApproximateDays.ShouldBeGreaterThan(AftercareOffset.Parse("1m").ApproximateDays);
        AftercareOffset.Parse("2m").ApproximateDays.ShouldBeGreaterThan(AftercareOffset.Parse("8w").ApproximateDays);
    }
}
