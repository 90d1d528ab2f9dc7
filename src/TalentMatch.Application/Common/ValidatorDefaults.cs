using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using FluentValidation;

namespace TalentMatch.Application.Common;

/// <summary>
/// How every validator speaks. A message names the field as the client sends it (the camelCase
/// JSON name, "'hoursPerWeek' moet tussen 1 en 60 liggen"), in every language; and a rule stops
/// at its first failure, so one wrong value gets one message (an empty postcode is not also
/// "not a Belgian postcode").
/// </summary>
public static class ValidatorDefaults
{
    public static void Apply()
    {
        ValidatorOptions.Global.DisplayNameResolver = (_, member, expression) => JsonPath(expression) ?? JsonName(member);
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
    }

    /// <summary>"p => p.Address.Postcode" → "address.postcode"; null when the rule is not on a member chain.</summary>
    private static string? JsonPath(LambdaExpression? expression)
    {
        var names = new List<string>();
        var node = expression?.Body;
        while (node is MemberExpression access)
        {
            names.Add(JsonName(access.Member)!);
            node = access.Expression;
        }

        if (names.Count == 0 || node is not ParameterExpression)
        {
            return null;
        }

        names.Reverse();
        return string.Join('.', names);
    }

    private static string? JsonName(MemberInfo? member) =>
        member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
}
