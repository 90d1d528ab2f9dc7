using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Domain.Common;
using TalentMatch.FunctionalTests.Infrastructure;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Infrastructure.Seed;
using TalentMatch.Matching;

namespace TalentMatch.FunctionalTests.Demo;

/// <summary>The Development demo data, on a host of its own (the shared host runs as Testing without demo data).</summary>
[NonParallelizable]
public sealed class DemoDataTests
{
    private static readonly Dictionary<string, string?> WithDemoData = new() { ["Database:SeedDemoData"] = "true" };

    private TalentMatchFactory _factory = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new TalentMatchFactory(WithDemoData, "Development");
        await _factory.InitialiseAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _factory.DisposeAsync();

    [TestCase(DemoDataSeeder.MatchmakerEmail)]
    [TestCase(DemoDataSeeder.TalentScoutEmail)]
    [TestCase(DemoDataSeeder.JobHunterEmail)]
    [TestCase(DemoDataSeeder.EmployerEmail)]
    [TestCase(DemoDataSeeder.CoachEmail)]
    [TestCase(DemoDataSeeder.JobSeekerEmail)]
    [TestCase(CoinsDemoSeeder.CoordinatorEmail)]
    [TestCase(CoinsDemoSeeder.PartnerEmail)]
    public async Task Login_WithDemoAccount_ReturnsToken(string email)
    {
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = DemoDataSeeder.Password });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
    }

    [Test]
    public async Task ListProfiles_AsDemoMatchmaker_ReturnsAtLeastSixty()
    {
        using var matchmaker = await SignedInAsync(DemoDataSeeder.MatchmakerEmail);

        var response = await matchmaker.GetAsync("/api/v1/profiles?pageSize=200");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(60);
    }

    [Test]
    public async Task GetProfile_AsDemoJobSeeker_ReturnsOwnProfile()
    {
        Guid profileId;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
            var seeker = await db.Users.SingleAsync(u => u.NormalizedEmail == DemoDataSeeder.JobSeekerEmail.ToUpperInvariant());
            profileId = (await db.Profiles.SingleAsync(p => p.OwnerUserId == seeker.Id)).Id;
        }

        using var client = await SignedInAsync(DemoDataSeeder.JobSeekerEmail);
        var response = await client.GetAsync($"/api/v1/profiles/{profileId}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("id").GetGuid().ShouldBe(profileId);
    }

    [Test]
    public async Task Seed_InDevelopment_WritesOrganisationsVacanciesAndVolunteerRequests()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();

        // The demo organisations and the coins partner (CoinsDemoSeeder).
        (await db.Organisations.CountAsync()).ShouldBeInRange(9, 11);
        var vacancies = await db.Vacancies.ToListAsync();
        vacancies.Count.ShouldBeInRange(12, 15);
        vacancies.Count(v => v.Status == OpportunityStatus.Draft).ShouldBe(1);
        vacancies.Count(v => v.Status == OpportunityStatus.Closed).ShouldBe(1);
        vacancies.ShouldContain(v => v.MultilingualValued);
        // Eight from the demo organisations and neighbours, and the demo job seeker's own request for help (PeopleDemoSeeder).
        (await db.VolunteerRequests.CountAsync()).ShouldBeInRange(6, 9);
        (await db.Profiles.CountAsync()).ShouldBeGreaterThanOrEqualTo(64);
        var employer = await db.Users.SingleAsync(u => u.NormalizedEmail == DemoDataSeeder.EmployerEmail.ToUpperInvariant());
        employer.OrganisationId.ShouldNotBeNull();
    }

    /// <summary>The ranked matches make sense at once: full candidates, and a few who miss one or two required items.</summary>
    [Test]
    public async Task Seed_OpenOpportunities_HaveFullAndPartialCandidates()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        var scorer = new CompetenceScorer(new MatchingOptions(), Taxonomy.Empty);
        var profiles = await db.Profiles.AsNoTracking().Include(p => p.Competences).Include(p => p.Languages)
            .Where(p => p.Visibility == ProfileVisibility.Matchable).ToListAsync();
        var opportunities = await db.Opportunities.AsNoTracking().Include(o => o.Requirements).Include(o => o.Languages)
            .Where(o => o.Status == OpportunityStatus.Open).ToListAsync();

        foreach (var opportunity in opportunities)
        {
            var prepared = scorer.Prepare(new OpportunitySpec(
                opportunity.Id,
                opportunity.Kind,
                [.. opportunity.Requirements.Select(r => new Requirement(r.CompetenceId, r.MinLevel, r.Importance))],
                [.. opportunity.Languages.Select(l => new LanguageRequirement(l.Code, l.MinLevel, l.Importance))],
                opportunity.MultilingualValued,
                null,
                opportunity.Hours,
                opportunity.Interests));
            var results = profiles.Where(p => p.Seeks(opportunity.Kind)).Select(p => scorer.Score(prepared, new Candidate(
                p.Id,
                [.. p.Competences.Select(c => new CandidateCompetence(c.CompetenceId, c.Level, c.Source, c.Evidence))],
                [.. p.Languages.Select(l => new CandidateLanguage(l.Code, l.Level, l.IsNative))],
                null,
                p.MaxTravelKm,
                p.HoursPerWeek,
                p.Interests))).ToList();

            results.Count(r => r.MeetsAllRequired).ShouldBeGreaterThanOrEqualTo(3, opportunity.Title);
            results.Count(r => !r.MeetsAllRequired && r.Missing.Count(m => m.Required) <= 2 && r.Matched.Count > 0).ShouldBeGreaterThanOrEqualTo(2, opportunity.Title);
        }
    }

    [Test]
    public async Task DemoJobSeeker_HasAwardedCoins_AndThePartnersOffersToSpendThemOn()
    {
        using var seeker = await SignedInAsync(DemoDataSeeder.JobSeekerEmail);
        var profileId = (await (await seeker.GetAsync("/api/v1/profiles/me")).JsonAsync()).GetProperty("id").GetGuid();

        var wallet = await (await seeker.GetAsync($"/api/v1/coins/wallets/{profileId}")).JsonAsync();
        var offers = await (await seeker.GetAsync("/api/v1/coins/offers")).JsonAsync();

        wallet.GetProperty("balance").GetInt64().ShouldBe(CoinsDemoSeeder.DemoAward);
        wallet.GetProperty("history").GetProperty("items")[0].GetProperty("kind").GetString().ShouldBe("award");
        var partnerOffers = offers.GetProperty("items").EnumerateArray().Where(o => o.GetProperty("partnerName").GetString() == CoinsDemoSeeder.PartnerName).ToList();
        partnerOffers.Count.ShouldBe(2);
        partnerOffers.ShouldAllBe(o => o.GetProperty("price").GetInt64() <= CoinsDemoSeeder.DemoAward);
    }

    [Test]
    public async Task Initialise_Again_AddsNothing()
    {
        var before = await CountsAsync();

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();
        }

        (await CountsAsync()).ShouldBe(before);
    }

    [Test]
    public async Task Initialise_InProduction_SeedsNoDemoData()
    {
        await using var production = new TalentMatchFactory(WithDemoData, "Production");
        await production.InitialiseAsync();

        await using var scope = production.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        (await db.Users.AnyAsync(u => u.NormalizedEmail!.EndsWith("@DEMO.TALENTMATCH.LOCAL"))).ShouldBeFalse();
        (await db.Profiles.AnyAsync()).ShouldBeFalse();
        (await db.Opportunities.AnyAsync()).ShouldBeFalse();
        (await db.Organisations.AnyAsync()).ShouldBeFalse();
        (await db.Competences.AnyAsync()).ShouldBeTrue();
    }

    private async Task<int[]> CountsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
        return
        [
            await db.Users.CountAsync(),
            await db.Organisations.CountAsync(),
            await db.Opportunities.CountAsync(),
            await db.Profiles.CountAsync(),
        ];
    }

    private Task<HttpClient> SignedInAsync(string email) => _factory.SignedInAsync(email, DemoDataSeeder.Password);
}
