using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Opportunities;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>
/// Every read of a resource × every role × the caller's own resource or someone else's. Which
/// roles get past authorization comes from the policy table (each operation's "Roles:" line in
/// the OpenAPI document); which of them are held to their own resources is the ownership rule
/// of the handlers, stated once in <see cref="HeldToTheirOwn"/>. A role outside the policy gets
/// 403 on both; a role held to its own gets 200 on its own and 403 or 404 on the other; any other
/// role gets 200 on both. A new read operation is checked without a line here.
/// </summary>
public sealed partial class AuthorizationMatrixTests : FunctionalTest
{
    /// <summary>
    /// Per resource (the path without its ids), the roles that see only their own: a person their
    /// profile, wallet and matches; a coach the matches and check-ins of the people they coach; an
    /// employer their organisation, its opportunities, matches, ranked candidates and hours.
    /// </summary>
    private static readonly Dictionary<string, string[]> HeldToTheirOwn = new()
    {
        ["organisations"] = [Roles.Employer],
        ["vacancies"] = [Roles.Employer],
        ["volunteer-requests"] = [Roles.Employer],
        ["profiles"] = [Roles.JobSeeker],
        ["profiles/suggested-competences"] = [Roles.JobSeeker],
        ["profiles/matches"] = [Roles.JobSeeker],
        ["profiles/coach"] = [Roles.JobSeeker],
        ["profiles/volunteer-hours"] = [Roles.JobSeeker],
        ["profiles/export"] = [Roles.JobSeeker],
        ["profiles/access-log"] = [Roles.JobSeeker],
        ["coins/wallets"] = [Roles.JobSeeker],
        ["matches"] = [Roles.JobSeeker, Roles.Coach, Roles.Employer],
        ["aftercare/check-ins"] = [Roles.Coach],
        ["vacancies/matches"] = [Roles.Employer],
        ["volunteer-requests/matches"] = [Roles.Employer],
        // A person reads the hours of any request, narrowed to their own entries (VolunteerHoursTests).
        ["volunteer-requests/hours"] = [Roles.Employer],
    };

    /// <summary>Per resource, the query a read needs: an admin exports a person's data only naming the ground.</summary>
    private static readonly Dictionary<string, string> RequiredQuery = new()
    {
        ["profiles/export"] = "?reason=personAsked",
    };

    [Test]
    public async Task EveryReadOfAResource_ByEveryRole_OnTheirOwnAndAnothersResource_FollowsThePolicyTable()
    {
        var world = await ArrangeAsync();
        var document = await AuthorizationMatrix.OpenApiDocumentAsync();
        var wrong = new List<string>();
        var checkedOperations = 0;

        foreach (var (path, roles) in Reads(document))
        {
            var own = WithIds(path, world.Own);
            var other = WithIds(path, world.Other);
            if (own is null || other is null)
            {
                continue;
            }

            checkedOperations++;
            var resource = Resource(path);
            own += RequiredQuery.GetValueOrDefault(resource, "");
            other += RequiredQuery.GetValueOrDefault(resource, "");
            foreach (var role in Roles.All)
            {
                var allowed = roles.Contains(role);
                var heldToOwn = allowed && HeldToTheirOwn.GetValueOrDefault(resource, []).Contains(role);
                var ownStatus = (await world.Clients[role].GetAsync(own)).StatusCode;
                var otherStatus = (await world.Clients[role].GetAsync(other)).StatusCode;

                var expected = !allowed ? "403 / 403" : heldToOwn ? "200 / 403 or 404" : "200 / 200";
                var ok = !allowed
                    ? ownStatus == HttpStatusCode.Forbidden && otherStatus == HttpStatusCode.Forbidden
                    : ownStatus == HttpStatusCode.OK && (heldToOwn ? otherStatus is HttpStatusCode.Forbidden or HttpStatusCode.NotFound : otherStatus == HttpStatusCode.OK);
                if (!ok)
                {
                    wrong.Add($"GET {path} as {role}: expected {expected}, got {(int)ownStatus} / {(int)otherStatus}");
                }
            }
        }

        foreach (var client in world.Clients.Values)
        {
            client.Dispose();
        }

        checkedOperations.ShouldBeGreaterThanOrEqualTo(12);
        wrong.ShouldBeEmpty();
    }

    /// <summary>
    /// Two of everything, one the callers' own and one someone else's: organisations with an open
    /// vacancy and volunteer request, a person with an account coached by a coach, placed on the
    /// vacancy with a check-in due. The employer works for the first organisation, the job seeker
    /// is the first person and the coach coaches them.
    /// </summary>
    private static async Task<World> ArrangeAsync()
    {
        using var admin = await Testing.AsAdminAsync();
        var (forklift, _, _) = await ThreeUnrelatedCompetencesAsync();
        var sets = new List<Dictionary<string, string>>();
        var clients = new Dictionary<string, HttpClient>();
        for (var i = 0; i < 2; i++)
        {
            var organisation = await OpportunityTestData.CreateOrganisationAsync(admin, $"Organisatie {i}");
            var vacancy = await CreateVacancyAsync(organisation, OpportunityStatus.Open, [Required(forklift)]);
            var request = await CreateVolunteerRequestAsync(OpportunityStatus.Open, [Required(forklift)], organisation);
            var coach = await Testing.CreateAccountAsync(Roles.Coach);
            var person = await Testing.CreateAccountAsync(Roles.JobSeeker);
            var personClient = await Testing.SignedInAsync(person.Email, person.Password);
            var profile = await CreateProfileAsync(personClient, $"Persoon {i}", [Has(forklift)], seeks: ["job", "volunteering"]);
            var assigned = await admin.PutAsJsonAsync($"/api/v1/profiles/{profile}/coach", new { coachUserId = coach.Id, reason = "Intake" });
            await assigned.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var match = await MatchmakingTestData.AddMatchInStateAsync(profile, vacancy, MatchState.Placed);
            var checkIn = await MatchmakingTestData.AddCheckInAsync(match, "3m", null);
            sets.Add(new()
            {
                ["profiles"] = profile.ToString(),
                ["organisations"] = organisation.ToString(),
                ["vacancies"] = vacancy.ToString(),
                ["volunteer-requests"] = request.ToString(),
                ["matches"] = match.ToString(),
                ["check-ins"] = checkIn.ToString(),
                ["coaches"] = coach.Id.ToString(),
                ["wallets"] = profile.ToString(),
            });
            if (i == 0)
            {
                clients[Roles.JobSeeker] = personClient;
                clients[Roles.Coach] = await Testing.SignedInAsync(coach.Email, coach.Password);
                clients[Roles.Employer] = await Testing.AsAsync(Roles.Employer, organisation);
            }
            else
            {
                personClient.Dispose();
            }
        }

        foreach (var role in Roles.All.Where(r => !clients.ContainsKey(r)))
        {
            clients[role] = await Testing.AsAsync(role);
        }

        return new World(sets[0], sets[1], clients);
    }

    /// <summary>The reads of one resource (paths with an id) and the roles the policy table lets through.</summary>
    private static IEnumerable<(string Path, IReadOnlyList<string> Roles)> Reads(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (path.Contains('{') && item!["get"] is { } read && OperationRoles.Of(read) is { } roles)
            {
                yield return (path, roles);
            }
        }
    }

    /// <summary>The path with each id of the given set, by the collection it follows; null when the set has no id for a placeholder.</summary>
    private static string? WithIds(string path, IReadOnlyDictionary<string, string> ids)
    {
        var missing = false;
        var url = Placeholder().Replace(path, m =>
        {
            var collection = path[..m.Index].TrimEnd('/').Split('/')[^1];
            if (ids.TryGetValue(collection, out var id))
            {
                return id;
            }

            missing = true;
            return "";
        });
        return missing ? null : url;
    }

    /// <summary>"/api/v1/vacancies/{id}/matches" → "vacancies/matches".</summary>
    private static string Resource(string path) =>
        string.Join('/', path["/api/v1/".Length..].Split('/').Where(s => !s.StartsWith('{')));

    private sealed record World(Dictionary<string, string> Own, Dictionary<string, string> Other, Dictionary<string, HttpClient> Clients);

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();

}
