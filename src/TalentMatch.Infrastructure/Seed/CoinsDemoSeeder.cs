using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Features.Coins;
using TalentMatch.Application.Features.Organisations;
using TalentMatch.Domain.Common;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Seed;

/// <summary>
/// After the people's demo (<see cref="PeopleDemoSeeder"/>), the community coins: a demo coordinator,
/// a partner (the social grocery) with an account at its till and two offers, and coins the
/// coordinator awarded the demo job seeker, so "Mijn munten" shows something real. Everything
/// goes through the same commands as the API, as the demo accounts who would send them.
/// </summary>
public sealed class CoinsDemoSeeder(
    PeopleDemoSeeder people,
    TalentMatchDbContext db,
    IServiceScopeFactory scopes,
    IIdentityService identity,
    TimeProvider clock,
    ILogger<CoinsDemoSeeder> logger) : IDemoDataSeeder
{
    public const string CoordinatorEmail = "coordinator@demo.talentmatch.local";
    public const string PartnerEmail = "partner@demo.talentmatch.local";
    public const string PartnerName = "Sociale kruidenier De Voorraadkast (demo)";

    /// <summary>The coins the coordinator awarded the demo job seeker.</summary>
    public const long DemoAward = 12;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await people.SeedAsync(cancellationToken);

        var seekerEmail = DemoDataSeeder.JobSeekerEmail.ToUpperInvariant();
        var coordinatorEmail = CoordinatorEmail.ToUpperInvariant();
        var seekerId = await db.Users.Where(u => u.NormalizedEmail == seekerEmail).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var profileId = await db.Profiles.Where(p => p.OwnerUserId == seekerId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (profileId is null || await db.Users.AnyAsync(u => u.NormalizedEmail == coordinatorEmail, cancellationToken))
        {
            // No demo job seeker, or the coins demo is already there.
            return;
        }

        var hunter = await identity.SignInAsync(DemoDataSeeder.JobHunterEmail, DemoDataSeeder.Password);
        if (hunter is null)
        {
            return;
        }

        var partnerId = await scopes.AsAsync(hunter, async mediator => (await mediator.Send(
            new CreateOrganisationCommand(PartnerName, OrganisationKind.Partner, "2060", null, null, null, "Buurtwinkel voor mensen met een krap budget; ruilt buurtmunten voor boodschappen."),
            cancellationToken)).Value.Id);
        await identity.CreateUserAsync(CoordinatorEmail, DemoDataSeeder.Password, Roles.Coordinator, null, cancellationToken);
        await identity.CreateUserAsync(PartnerEmail, DemoDataSeeder.Password, Roles.Employer, partnerId, cancellationToken);
        var coordinator = await identity.SignInAsync(CoordinatorEmail, DemoDataSeeder.Password);
        var partner = await identity.SignInAsync(PartnerEmail, DemoDataSeeder.Password);
        if (coordinator is null || partner is null)
        {
            return;
        }

        // The partner publishes its offers; the coordinator awards the person coins for neighbourhood work.
        var validUntil = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddMonths(3);
        await scopes.AsAsync(partner, async mediator =>
        {
            await mediator.Send(new CreateCoinOfferCommand(partnerId, "Boodschappenpakket", "Een pakket met brood, groenten en fruit.", 5, 20, validUntil) { IdempotencyKey = "demo-offer-groceries" }, cancellationToken);
            return await mediator.Send(new CreateCoinOfferCommand(partnerId, "Koffie en taart", "Koffie met een stuk taart in de ontmoetingsruimte.", 2, 50, validUntil) { IdempotencyKey = "demo-offer-coffee" }, cancellationToken);
        });
        await scopes.AsAsync(coordinator, mediator => mediator.Send(
            new AwardCoinsCommand(profileId.Value, DemoAward, "Hielp mee op de opruimdag in het park (demo).") { IdempotencyKey = "demo-award-seeker" }, cancellationToken));

        logger.LogInformation("Seeded the coins demo: a coordinator, the partner {Partner} with two offers, {Coins} coins for the demo job seeker", PartnerName, DemoAward);
    }
}
