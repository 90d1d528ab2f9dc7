using TalentMatch.Application.Common;

namespace TalentMatch.UnitTests.Common;

public sealed class CityTimeTests
{
    [TestCase("2026-01-15T22:59:00Z", "2026-01-15")]
    [TestCase("2026-01-15T23:00:00Z", "2026-01-16")]
    [TestCase("2026-07-15T21:59:00Z", "2026-07-15")]
    [TestCase("2026-07-15T22:00:00Z", "2026-07-16")]
    public void Today_IsTheDayInAntwerp_WinterAndSummer(string utc, string day)
    {
        new FixedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)).Today()
            .ShouldBe(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public void Days_CoverWholeAntwerpDays_AcrossTheSpringClockChange()
    {
        var (start, end) = CityTime.Days(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        start.ShouldBe(new DateTime(2026, 2, 28, 23, 0, 0, DateTimeKind.Utc));
        end.ShouldBe(new DateTime(2026, 3, 31, 22, 0, 0, DateTimeKind.Utc));
        start.Kind.ShouldBe(DateTimeKind.Utc);
    }
}
