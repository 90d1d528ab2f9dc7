namespace TalentMatch.Application.Common;

/// <summary>
/// Calendar days as Antwerp lives them (Europe/Brussels). Timestamps are stored in UTC, but
/// "today" and a report's "from 1 March to 31 March" are local days: half past midnight in
/// Antwerp is still the previous day in UTC.
/// </summary>
public static class CityTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>A stored UTC timestamp as the clock in Antwerp showed it.</summary>
    public static DateTime Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant at which <paramref name="day"/> starts in Antwerp.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Zone);

    /// <summary>The UTC instants [start, end) that cover the days <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static (DateTime Start, DateTime End) Days(DateOnly from, DateOnly to) =>
        (StartOfDayUtc(from), StartOfDayUtc(to.AddDays(1)));
}
