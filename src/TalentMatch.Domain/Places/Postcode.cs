using System.Diagnostics.CodeAnalysis;

namespace TalentMatch.Domain.Places;

/// <summary>A Belgian postcode: four digits from 1000 to 9999.</summary>
public readonly record struct Postcode
{
    private Postcode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out Postcode postcode)
    {
        postcode = default;
        var trimmed = text?.Trim();
        if (trimmed is null || trimmed.Length != 4 || !trimmed.All(char.IsAsciiDigit) || trimmed[0] == '0')
        {
            return false;
        }

        postcode = new Postcode(trimmed);
        return true;
    }

    public static bool IsValid(string? text) => TryParse(text, out _);

    public static Postcode Parse(string text) =>
        TryParse(text, out var postcode) ? postcode : throw new FormatException($"'{text}' is not a Belgian postcode (four digits, 1000-9999).");

    public override string ToString() => Value;
}
