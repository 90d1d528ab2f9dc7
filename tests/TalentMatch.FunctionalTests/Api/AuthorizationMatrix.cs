using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>A write in a matrix: the operation and the roles its handler holds to their own.</summary>
internal interface IMatrixWrite
{
    string Method { get; }

    string Path { get; }

    string[] HeldToTheirOwn { get; }
}

/// <summary>What the policy table and the write's ownership rule expect of one role.</summary>
internal sealed record Expectation(bool Allowed, bool HeldToOwn)
{
    /// <summary>A role outside the policy is refused on both; a role held to its own succeeds only on its own.</summary>
    public bool Succeeds(bool own) => Allowed && (own || !HeldToOwn);

    public override string ToString() => !Allowed ? "403 / 403" : HeldToOwn ? "2xx / refused" : "2xx / 2xx";
}

/// <summary>What the write matrices share: every write × every role × own or another's, against the policy table.</summary>
internal static class AuthorizationMatrix
{
    /// <summary>
    /// Tries each write as each role on its own and on another's, expecting what the operation's
    /// "Roles:" line in the OpenAPI document and the write's ownership rule say; returns what was
    /// wrong. <paramref name="tryAsync"/> answers null when the attempt went as expected, else what was seen.
    /// </summary>
    public static async Task<List<string>> WrongAsync<TWrite>(IEnumerable<TWrite> writes, Func<TWrite, string, bool, Expectation, Task<string?>> tryAsync)
        where TWrite : IMatrixWrite
    {
        var document = await OpenApiDocumentAsync();
        var wrong = new List<string>();
        foreach (var write in writes)
        {
            var operation = document["paths"]?[write.Path]?[write.Method.ToLowerInvariant()];
            var roles = operation is null ? null : OperationRoles.Of(operation);
            if (roles is null)
            {
                wrong.Add($"{write.Method} {write.Path}: not in the OpenAPI document with a Roles: line");
                continue;
            }

            foreach (var role in Roles.All)
            {
                var allowed = roles.Contains(role);
                var expectation = new Expectation(allowed, allowed && write.HeldToTheirOwn.Contains(role));
                var own = await tryAsync(write, role, true, expectation);
                var other = await tryAsync(write, role, false, expectation);
                if (own is not null || other is not null)
                {
                    wrong.Add($"{write.Method} {write.Path} as {role}: expected {expectation}, got {own ?? "ok"} / {other ?? "ok"}");
                }
            }
        }

        return wrong;
    }

    public static async Task<JsonNode> OpenApiDocumentAsync()
    {
        using var anonymous = Testing.Anonymous();
        return JsonNode.Parse(await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
    }
}
