using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Organisations;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.FunctionalTests.Infrastructure;

/// <summary>Competences, organisations, opportunities and profiles the matching and matchmaking tests build on.</summary>
public static class MatchingTestData
{
    public const string PersonEmail = "person-secret@test.local";
    public const string PersonPhone = "+32 470 12 34 56";

    /// <summary>Runs <paramref name="work"/> on a database context of its own: to arrange what the API cannot, or to check what it does not show.</summary>
    public static Task<T> InDatabaseAsync<T>(Func<TalentMatchDbContext, Task<T>> work) => MatchmakingTestData.WithDbAsync(null, work);

    /// <summary>Three catalogue competences with no taxonomy link between them, so credit is exact or nothing.</summary>
    public static async Task<(Guid A, Guid B, Guid C)> ThreeUnrelatedCompetencesAsync()
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        var broader = await db.CompetenceBroaders.Select(x => new { x.CompetenceId, x.BroaderId }).ToListAsync();
        var related = await db.CompetenceRelations.Select(x => new { x.CompetenceId, x.RelatedId }).ToListAsync();
        var ids = await db.Competences.Where(x => !x.IsGroup).OrderBy(x => x.Id).Select(x => x.Id).ToListAsync();
        HashSet<Guid> Near(Guid id)
        {
            var parents = broader.Where(x => x.CompetenceId == id).Select(x => x.BroaderId).ToHashSet();
            var near = new HashSet<Guid>(parents) { id };
            near.UnionWith(broader.Where(x => parents.Contains(x.BroaderId) || x.BroaderId == id).Select(x => x.CompetenceId));
            near.UnionWith(related.Where(x => x.CompetenceId == id).Select(x => x.RelatedId));
            near.UnionWith(related.Where(x => x.RelatedId == id).Select(x => x.CompetenceId));
            return near;
        }

        var picked = new List<Guid>();
        foreach (var id in ids)
        {
            if (picked.All(p => !Near(p).Contains(id) && !Near(id).Contains(p) && !Near(p).Overlaps(Near(id).Except([id]))))
            {
                picked.Add(id);
            }

            if (picked.Count == 3)
            {
                break;
            }
        }

        picked.Count.ShouldBe(3);
        return (picked[0], picked[1], picked[2]);
    }

    public static async Task<Guid> CreateOrganisationAsync(string name = "Haven Logistiek")
    {
        var organisation = new Organisation(Guid.NewGuid(), DateTime.UtcNow);
        organisation.Update(new OrganisationDetails(name, OrganisationKind.Company, "2030"), DateTime.UtcNow);
        return await InDatabaseAsync(async db =>
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });
    }

    public static async Task<Guid> CreateVacancyAsync(Guid organisationId, OpportunityStatus status, OpportunityRequirement[] requirements, string title = "Magazijnmedewerker")
    {
        var vacancy = new Vacancy(organisationId, Guid.NewGuid(), DateTime.UtcNow);
        vacancy.Describe(
            Details(organisationId, title, "Goederen ontvangen en klaarzetten."),
            new VacancyTerms(null, 30, ContractType.FixedTerm, 1),
            DateTime.UtcNow);
        return await SaveOpportunityAsync(vacancy, status, requirements);
    }

    /// <summary>A neighbour's request (asked by <paramref name="askedBy"/>, else by someone unknown), or with <paramref name="organisationId"/> an organisation's.</summary>
    public static async Task<Guid> CreateVolunteerRequestAsync(OpportunityStatus status, OpportunityRequirement[] requirements, Guid? organisationId = null, Guid? askedBy = null)
    {
        var request = new VolunteerRequest(askedBy ?? Guid.NewGuid(), DateTime.UtcNow);
        request.Describe(
            Details(organisationId, "Helpende handen in de buurt", "Boodschappen doen voor een buur."),
            new VolunteerTerms(organisationId is null ? "Buur" : null, null, null, null, 3, 1, Neighbourhood: false),
            DateTime.UtcNow);
        return await SaveOpportunityAsync(request, status, requirements);
    }

    /// <summary>A draft at postcode 2000 without requirements; <see cref="SaveOpportunityAsync"/> adds them.</summary>
    public static OpportunityDetails Details(Guid? organisationId, string title, string description = "") =>
        new(organisationId, title, description, "2000", false, [], [], [], OpportunityStatus.Draft);

    public static async Task<Guid> SaveOpportunityAsync(Opportunity opportunity, OpportunityStatus status, OpportunityRequirement[] requirements)
    {
        opportunity.SetRequirements(requirements.Select(r => new OpportunityRequirement(r.CompetenceId, r.MinLevel, r.Importance)).ToList());
        opportunity.SetLanguages([new OpportunityLanguage("nl", CefrLevel.A2, Importance.Required)]);
        if (status != OpportunityStatus.Draft)
        {
            opportunity.ChangeStatus(OpportunityStatus.Open);
            opportunity.ChangeStatus(status);
        }

        return await InDatabaseAsync(async db =>
        {
            db.Opportunities.Add(opportunity);
            await db.SaveChangesAsync();
            return opportunity.Id;
        });
    }

    public static OpportunityRequirement Required(Guid competenceId) => new(competenceId, 2, Importance.Required);

    public static OpportunityRequirement Preferred(Guid competenceId) => new(competenceId, 1, Importance.Preferred);

    public static object Has(Guid competenceId, string source = "work") => new { competenceId, level = 3, source, evidence = "declared" };

    public static async Task<Guid> CreateProfileAsync(HttpClient client, string displayName, object[] competences, string postcode = "2000", string visibility = "matchable", string[]? seeks = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/profiles", new
        {
            displayName,
            postcode,
            email = PersonEmail,
            phone = PersonPhone,
            seeks = seeks ?? ["job"],
            hoursPerWeek = 30,
            maxTravelKm = 15,
            competences,
            languages = new[] { new { code = "nl", level = "B1", native = false } },
            interests = new[] { "logistiek" },
            visibility,
        });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.JsonAsync()).GetProperty("profile").GetProperty("id").GetGuid();
    }
}
