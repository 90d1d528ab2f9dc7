using System.Net;
using System.Text.Json.Nodes;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Opportunities;
using TalentMatch.FunctionalTests.Infrastructure;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;
using static TalentMatch.FunctionalTests.Infrastructure.OpportunityTestData;

namespace TalentMatch.FunctionalTests.Api;

/// <summary>
/// Every write of a resource × every role × the caller's own resource or someone else's. Which
/// roles get past authorization comes from the policy table (each operation's "Roles:" line in
/// the OpenAPI document); which of them are held to their own is the handlers' ownership rule,
/// one column of <see cref="Writes"/>. A role outside the policy gets 403 on both; a role held to
/// its own succeeds on its own and gets 403 or 404 on the other; any other role succeeds on both.
/// Each case works on a fresh resource, and reads it back as an admin: a write that succeeded
/// changed it, a refused one left it as it was.
/// </summary>
public sealed class AuthorizationMatrixWriteTests : FunctionalTest
{
    private enum Kind { Profile, Organisation, Vacancy, VolunteerRequest, CheckIn }

    /// <summary>
    /// The writes on one resource, and the roles held to their own: a person their profile and the
    /// neighbourhood requests they asked themself, an employer their organisation and its opportunities,
    /// a coach the check-ins of the people they coach.
    /// Staff (a coach included) write every profile; erasing is the person's act or an admin's.
    /// </summary>
    private static readonly WriteCase[] Writes =
    [
        new("PUT", "/api/v1/profiles/{id}", Kind.Profile, [Roles.JobSeeker]),
        new("DELETE", "/api/v1/profiles/{id}", Kind.Profile, [Roles.JobSeeker], "?reason=personAsked"),
        new("PUT", "/api/v1/organisations/{id}", Kind.Organisation, [Roles.Employer]),
        new("PUT", "/api/v1/vacancies/{id}", Kind.Vacancy, [Roles.Employer]),
        new("DELETE", "/api/v1/vacancies/{id}", Kind.Vacancy, [Roles.Employer]),
        new("PUT", "/api/v1/volunteer-requests/{id}", Kind.VolunteerRequest, [Roles.Employer, Roles.JobSeeker]),
        new("DELETE", "/api/v1/volunteer-requests/{id}", Kind.VolunteerRequest, [Roles.Employer, Roles.JobSeeker]),
        new("PUT", "/api/v1/aftercare/check-ins/{id}", Kind.CheckIn, [Roles.Coach]),
    ];

    [Test]
    public async Task EveryWriteOfAResource_ByEveryRole_OnTheirOwnAndAnothersResource_FollowsThePolicyTable()
    {
        await using var world = await World.ArrangeAsync();

        var wrong = await AuthorizationMatrix.WrongAsync(Writes, (write, role, own, expectation) => TryAsync(world, write, role, own, expectation.Succeeds(own)));

        wrong.ShouldBeEmpty();
    }

    [Test]
    public async Task EveryWriteOnOneOfTheseResources_IsInTheMatrix()
    {
        var document = await AuthorizationMatrix.OpenApiDocumentAsync();
        var resources = Writes.Select(w => w.Path).ToHashSet();
        var missing = new List<string>();
        foreach (var path in resources)
        {
            foreach (var (method, _) in document["paths"]![path]!.AsObject())
            {
                if (method is ("put" or "patch" or "delete" or "post") && !Writes.Any(w => w.Path == path && w.Method.Equals(method, StringComparison.OrdinalIgnoreCase)))
                {
                    missing.Add($"{method.ToUpperInvariant()} {path}");
                }
            }
        }

        missing.ShouldBeEmpty();
    }

    /// <summary>Sends the write on a fresh resource and checks status and effect; null when both are as expected, else what was seen.</summary>
    private static async Task<string?> TryAsync(World world, WriteCase write, string role, bool own, bool expectSuccess)
    {
        var (target, client) = await world.ResourceAsync(write.Kind, role, own);
        try
        {
            var marker = $"Gewijzigd {Guid.NewGuid().ToString("N")[..8]}";
            var url = write.Path.Replace("{id}", target.Id.ToString()) + write.Query;
            var response = write.Method == "DELETE"
                ? await client.DeleteAsync(url)
                : await client.SendJsonAsync(new HttpMethod(write.Method), url, world.Body(write.Kind, target, marker));
            var status = response.StatusCode;
            var changed = await world.ChangedAsync(write, target, marker);
            var ok = expectSuccess
                ? response.IsSuccessStatusCode && changed
                : (status == HttpStatusCode.Forbidden || (!own && status == HttpStatusCode.NotFound)) && !changed;
            return ok ? null : $"{(int)status}{(changed ? " (changed)" : " (unchanged)")}";
        }
        finally
        {
            if (client != world.Clients[role])
            {
                client.Dispose();
            }
        }
    }

    private sealed record WriteCase(string Method, string Path, Kind Kind, string[] HeldToTheirOwn, string Query = "") : IMatrixWrite;

    private sealed record Target(Guid Id, Guid? OrganisationId);

    /// <summary>
    /// A signed-in client per role; the employer works for their own organisation, and two people
    /// (the job seeker and a neighbour) ask the neighbourhood for help. Every case gets a fresh resource.
    /// </summary>
    private sealed class World(HttpClient admin, Guid forklift, Guid employersOrganisation, Guid otherOrganisation, HttpClient neighbour, (Guid Own, Guid Other) coaches, Dictionary<string, HttpClient> clients) : IAsyncDisposable
    {
        public Dictionary<string, HttpClient> Clients => clients;

        public static async Task<World> ArrangeAsync()
        {
            var admin = await Testing.AsAdminAsync();
            var (forklift, _, _) = await ThreeUnrelatedCompetencesAsync();
            var employers = await CreateOrganisationAsync("Eigen organisatie");
            var other = await CreateOrganisationAsync("Andere organisatie");
            var coach = await Testing.CreateAccountAsync(Roles.Coach);
            var otherCoach = await Testing.CreateAccountAsync(Roles.Coach);
            var clients = new Dictionary<string, HttpClient>();
            foreach (var role in Roles.All)
            {
                clients[role] = role switch
                {
                    Roles.JobSeeker => await PersonAsync(),
                    Roles.Coach => await Testing.SignedInAsync(coach.Email, coach.Password),
                    _ => await Testing.AsAsync(role, role == Roles.Employer ? employers : null),
                };
            }

            return new World(admin, forklift, employers, other, await PersonAsync(), (coach.Id, otherCoach.Id), clients);
        }

        /// <summary>
        /// The caller's own resource or another's. Own: the job seeker's profile (a fresh person, so
        /// erasing it leaves the others), the employer's organisation and its opportunities, the job
        /// seeker's own neighbourhood request. Other (and for roles without ownership): an unowned
        /// profile, another organisation and its opportunities, another neighbour's request.
        /// </summary>
        public async Task<(Target Target, HttpClient Client)> ResourceAsync(Kind kind, string role, bool own)
        {
            var client = clients[role];
            var employersOwn = own && role == Roles.Employer;
            var personsOwn = own && role == Roles.JobSeeker;
            switch (kind)
            {
                case Kind.Profile when personsOwn:
                    var person = await PersonAsync();
                    return (new Target(await CreateProfileAsync(person, "Eigen profiel", [Has(forklift)]), null), person);
                case Kind.Profile:
                    return (new Target(await CreateProfileAsync(admin, "Ander profiel", [Has(forklift)]), null), client);
                case Kind.Organisation:
                    return (new Target(employersOwn ? employersOrganisation : await CreateOrganisationAsync($"Organisatie {Guid.NewGuid():N}"), null), client);
                case Kind.Vacancy:
                    var organisation = employersOwn ? employersOrganisation : otherOrganisation;
                    return (new Target(await CreateVacancyAsync(organisation, OpportunityStatus.Draft, [Required(forklift)]), organisation), client);
                case Kind.CheckIn:
                    return (new Target(await CheckInAsync(own && role == Roles.Coach ? coaches.Own : coaches.Other), null), client);
                case Kind.VolunteerRequest when role == Roles.JobSeeker:
                    var asker = own ? client : neighbour;
                    return (new Target((await asker.CreateAsync("/api/v1/volunteer-requests", VolunteerRequestBody(forklift))).Id(), null), client);
                default:
                    var requester = employersOwn ? employersOrganisation : otherOrganisation;
                    return (new Target(await CreateVolunteerRequestAsync(OpportunityStatus.Draft, [Required(forklift)], requester), requester), client);
            }
        }

        /// <summary>A valid body for a write of the resource that leaves its owner as it is and names it <paramref name="marker"/>.</summary>
        public JsonNode Body(Kind kind, Target target, string marker) => kind switch
        {
            Kind.Profile => new JsonObject
            {
                ["displayName"] = marker,
                ["postcode"] = "2060",
                ["seeks"] = Array("job"),
                ["hoursPerWeek"] = 30,
                ["maxTravelKm"] = 15,
                ["competences"] = Array(new JsonObject { ["competenceId"] = forklift.ToString(), ["level"] = 3, ["source"] = "work", ["evidence"] = "declared" }),
                ["languages"] = Array(new JsonObject { ["code"] = "nl", ["level"] = "B1" }),
                ["interests"] = Array(),
                ["visibility"] = "matchable",
            },
            Kind.Organisation => OrganisationBody(marker),
            Kind.Vacancy => new JsonObject
            {
                ["organisationId"] = target.OrganisationId.ToString(),
                ["title"] = marker,
                ["description"] = "Orders picken en laden in de haven.",
                ["postcode"] = "2030",
                ["hoursPerWeek"] = 38,
                ["contract"] = "permanent",
                ["requirements"] = Array(new JsonObject { ["competenceId"] = forklift.ToString(), ["minLevel"] = 2, ["importance"] = "required" }),
                ["languages"] = Array(new JsonObject { ["code"] = "nl", ["minLevel"] = "A2", ["importance"] = "required" }),
                ["openings"] = 1,
                ["status"] = "draft",
            },
            Kind.CheckIn => new JsonObject { ["completedAt"] = DateTime.UtcNow.AddMinutes(-1).ToString("O"), ["wellbeing"] = 4, ["notes"] = marker, ["risk"] = "none", ["stillWorking"] = true },
            _ => VolunteerRequestBody(forklift, target.OrganisationId, marker),
        };

        /// <summary>Whether the write took effect, as an admin reads the resource: renamed to the marker, or gone.</summary>
        public async Task<bool> ChangedAsync(WriteCase write, Target target, string marker)
        {
            var response = await admin.GetAsync(write.Path.Replace("{id}", target.Id.ToString()));
            if (write.Method == "DELETE")
            {
                return response.StatusCode == HttpStatusCode.NotFound;
            }

            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            return (await response.Content.ReadAsStringAsync()).Contains(marker, StringComparison.Ordinal);
        }

        public ValueTask DisposeAsync()
        {
            foreach (var client in clients.Values.Append(neighbour).Append(admin))
            {
                client.Dispose();
            }

            return ValueTask.CompletedTask;
        }

        /// <summary>A check-in due for a person placed on a vacancy and coached by <paramref name="coach"/>.</summary>
        private async Task<Guid> CheckInAsync(Guid coach)
        {
            var profile = await CreateProfileAsync(admin, "Begeleide persoon", [Has(forklift)]);
            var assigned = await admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/profiles/{profile}/coach", new JsonObject { ["coachUserId"] = coach.ToString(), ["reason"] = "Intake" });
            await assigned.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var vacancy = await CreateVacancyAsync(otherOrganisation, OpportunityStatus.Open, [Required(forklift)]);
            var match = await MatchmakingTestData.AddMatchInStateAsync(profile, vacancy, MatchState.Placed);
            return await MatchmakingTestData.AddCheckInAsync(match, "3m", null);
        }

        private static async Task<HttpClient> PersonAsync()
        {
            var account = await Testing.CreateAccountAsync(Roles.JobSeeker);
            return await Testing.SignedInAsync(account.Email, account.Password);
        }
    }
}
