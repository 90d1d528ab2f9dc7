using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Abstractions;

namespace TalentMatch.FunctionalTests.Catalogue;

/// <summary>Well-known entries of the curated catalogue (Seed/Data/catalogue.json) and their ids.</summary>
public static class CatalogueData
{
    public const string OperateForklift = "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da";
    public const string LiftHeavyWeights = "http://data.europa.eu/esco/skill/ab2bb44a-3956-4028-8715-8b70b1960b99";
    public const string BuildingCleaner = "http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397";
    public const string DomesticCleaner = "http://data.europa.eu/esco/occupation/cbad55a4-c7cf-4ab6-9540-eac72b26729b";
    public const string WarehouseWorker = "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f";
    public const string ForkliftOperator = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";
    public const string Cashier = "http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098";
    public const string FastFoodCrewMember = "http://data.europa.eu/esco/occupation/96a0d8d3-d4a6-473d-80d6-b5dbadde940a";
    public const string ShelfFiller = "http://data.europa.eu/esco/occupation/d35f9e79-5778-43b4-8667-0e3ba1fcb19a";

    public static async Task<Guid> CompetenceIdAsync(string escoUri)
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ITalentMatchDbContext>();
        return await db.Competences.Where(c => c.EscoUri == escoUri).Select(c => c.Id).SingleAsync();
    }

    public static async Task<Guid> OccupationIdAsync(string escoUri)
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ITalentMatchDbContext>();
        return await db.Occupations.Where(o => o.EscoUri == escoUri).Select(o => o.Id).SingleAsync();
    }

    /// <summary>The ids of the competences an occupation lists (essential and optional).</summary>
    public static async Task<List<Guid>> OccupationCompetenceIdsAsync(Guid occupationId)
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ITalentMatchDbContext>();
        return await db.OccupationCompetences.Where(oc => oc.OccupationId == occupationId).Select(oc => oc.CompetenceId).ToListAsync();
    }
}
