using System.Globalization;

namespace TalentMatch.Domain.Aftercare;

/// <summary>
/// How long after a placement's start a check-in is due: a count of days (d), weeks (w) or
/// months (m), written "1w", "3m". Months follow the calendar (31 January + 1m = 28/29 February).
/// </summary>
public readonly record struct AftercareOffset
{
    private AftercareOffset(int amount, char unit)
    {
        Amount = amount;
        Unit = unit;
    }

    public int Amount { get; }
    public char Unit { get; }

    /// <summary>The default plan: 1 week, 1 month, 3 months, 6 months.</summary>
    public static IReadOnlyList<AftercareOffset> Defaults { get; } = [Parse("1w"), Parse("1m"), Parse("3m"), Parse("6m")];

    public static AftercareOffset Parse(string text) =>
        TryParse(text, out var offset)
            ? offset
            : throw new FormatException($"'{text}' is not an aftercare offset: write a number and d, w or m, such as 1w or 3m.");

    public static bool TryParse(string? text, out AftercareOffset offset)
    {
        offset = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim().ToLowerInvariant();
        var unit = trimmed[^1];
        if (unit is not ('d' or 'w' or 'm') ||
            !int.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) ||
            amount is < 1 or > 120)
        {
            return false;
        }

        offset = new AftercareOffset(amount, unit);
        return true;
    }

    public DateOnly DueOn(DateOnly start) => Unit switch
    {
        'd' => start.AddDays(Amount),
        'w' => start.AddDays(7 * Amount),
        _ => start.AddMonths(Amount),
    };

    /// <summary>Roughly in days, to order offsets.</summary>
    public int ApproximateDays => Unit switch { 'd' => Amount, 'w' => 7 * Amount, _ => 30 * Amount };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount}{Unit}");
}
