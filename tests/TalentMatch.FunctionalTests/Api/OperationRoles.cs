using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TalentMatch.Domain.Common;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>The roles the policy table lets through an operation, as its OpenAPI description lists them ("Roles: Admin, Matchmaker.").</summary>
internal static partial class OperationRoles
{
    /// <summary>The listed roles (every role for "any signed-in user"), or null when the operation lists none.</summary>
    public static IReadOnlyList<string>? Of(JsonNode operation)
    {
        var line = RolesLine().Match(operation["description"]?.GetValue<string>() ?? "");
        if (!line.Success)
        {
            return null;
        }

        var text = line.Groups[1].Value;
        return text == "any signed-in user" ? Roles.All : text.Split(", ", StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"Roles: ([^.]+)\.")]
    private static partial Regex RolesLine();
}
