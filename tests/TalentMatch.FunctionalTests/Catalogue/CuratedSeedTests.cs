using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Changes;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Infrastructure.Seed;
using static TalentMatch.FunctionalTests.Infrastructure.MatchingTestData;

namespace TalentMatch.FunctionalTests.Catalogue;

/// <summary>Start-up brings a database seeded from an older curated catalogue up to date.</summary>
public sealed class CuratedSeedTests : FunctionalTest
{
    [Test]
    public async Task Initialise_WhenCuratedCompetencesLackReuseLevels_AppliesThemAndKeepsKnownOnes()
    {
        var curated = CuratedCatalogue.Load().Competences.Where(c => !c.IsGroup).ToDictionary(c => c.EscoUri, c => c.ReuseLevel);
        await InDatabaseAsync(async db =>
        {
            // As seeded before the curated file carried reuse levels, but with one level an admin or an import set since.
            await db.Competences.ExecuteUpdateAsync(s => s.SetProperty(c => c.ReuseLevel, (ReuseLevel?)null));
            return await db.Competences.Where(c => c.EscoUri == CatalogueData.OperateForklift)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReuseLevel, ReuseLevel.OccupationSpecific));
        });
        var catalogueChanges = await InDatabaseAsync(db => db.ChangeFeed.CountAsync(c => c.Entity == ChangedEntity.Catalogue));

        await InitialiseAsync();

        var stored = await InDatabaseAsync(db => db.Competences.Where(c => !c.IsGroup).ToDictionaryAsync(c => c.EscoUri!, c => c.ReuseLevel));
        stored.Keys.ShouldBe(curated.Keys, ignoreOrder: true);
        stored[CatalogueData.OperateForklift].ShouldBe(ReuseLevel.OccupationSpecific);
        stored.Where(s => s.Key != CatalogueData.OperateForklift).ShouldAllBe(s => s.Value != null && s.Value == curated[s.Key]);
        (await InDatabaseAsync(db => db.Competences.CountAsync(c => c.IsGroup && c.ReuseLevel != null))).ShouldBe(0);

        // Match indexes learn of it through the change feed.
        (await InDatabaseAsync(db => db.ChangeFeed.CountAsync(c => c.Entity == ChangedEntity.Catalogue))).ShouldBe(catalogueChanges + 1);
    }

    [Test]
    public async Task Initialise_WhenReuseLevelsAreComplete_WritesNothing()
    {
        var before = await InDatabaseAsync(db => db.ChangeFeed.CountAsync());

        await InitialiseAsync();

        (await InDatabaseAsync(db => db.ChangeFeed.CountAsync())).ShouldBe(before);
    }

    private static async Task InitialiseAsync()
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();
    }
}
