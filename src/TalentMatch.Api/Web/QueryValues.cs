using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using TalentMatch.Application.Common;

namespace TalentMatch.Api.Web;

/// <summary>
/// Enum values in query strings, spelled as in JSON bodies (camelCase, any case). Minimal APIs
/// bind enums with a case-sensitive Enum.TryParse that also takes undefined numbers, so
/// "type=skill" would be refused and "type=99" let through.
/// </summary>
internal static class QueryValues
{
    public static TEnum? Enum<TEnum>(string? value, string name)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (char.IsAsciiLetter(text[0]) && System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
        {
            return parsed;
        }

        var allowed = string.Join(", ", System.Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName));
        throw new ValidationException([new ValidationFailure(name, Messages.Format(Messages.ValueNotAllowed, text, allowed))]);
    }
}

/// <summary>Documents a query parameter read with <see cref="QueryValues.Enum{TEnum}"/> as the enum it stands for.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class QueryEnumAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}
