using System.Diagnostics.CodeAnalysis;

namespace TalentMatch.Domain.Common;

/// <summary>
/// A language level of the Common European Framework of Reference (A1 lowest, C2 highest).
/// Ordered, so "B1 or better" is a comparison.
/// </summary>
public readonly record struct CefrLevel : IComparable<CefrLevel>
{
    private static readonly string[] Names = ["A1", "A2", "B1", "B2", "C1", "C2"];

    private CefrLevel(int rank) => Rank = rank;

    /// <summary>1 for A1 up to 6 for C2.</summary>
    public int Rank { get; }

    public static CefrLevel A1 { get; } = new(1);
    public static CefrLevel A2 { get; } = new(2);
    public static CefrLevel B1 { get; } = new(3);
    public static CefrLevel B2 { get; } = new(4);
    public static CefrLevel C1 { get; } = new(5);
    public static CefrLevel C2 { get; } = new(6);

    public static IReadOnlyList<string> AllNames => Names;

    public static CefrLevel FromRank(int rank) =>
        rank is >= 1 and <= 6 ? new CefrLevel(rank) : throw new ArgumentOutOfRangeException(nameof(rank), rank, "A CEFR rank is 1 (A1) to 6 (C2).");

    public static bool TryParse([NotNullWhen(true)] string? text, out CefrLevel level)
    {
        level = default;
        if (text is null)
        {
            return false;
        }

        var index = Array.FindIndex(Names, n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return false;
        }

        level = new CefrLevel(index + 1);
        return true;
    }

    public static CefrLevel Parse(string text) =>
        TryParse(text, out var level) ? level : throw new FormatException($"'{text}' is not a CEFR level (A1, A2, B1, B2, C1, C2).");

    public int CompareTo(CefrLevel other) => Rank.CompareTo(other.Rank);

    public static bool operator <(CefrLevel left, CefrLevel right) => left.Rank < right.Rank;
    public static bool operator >(CefrLevel left, CefrLevel right) => left.Rank > right.Rank;
    public static bool operator <=(CefrLevel left, CefrLevel right) => left.Rank <= right.Rank;
    public static bool operator >=(CefrLevel left, CefrLevel right) => left.Rank >= right.Rank;

    public override string ToString() => Rank is >= 1 and <= 6 ? Names[Rank - 1] : "?";
}
