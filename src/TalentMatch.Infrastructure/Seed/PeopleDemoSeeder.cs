using System.Security.Claims;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Features.Matchmaking;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Application.Features.People;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Application.Features.Ranking;
using TalentMatch.Application.Features.Volunteering;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Seed;

/// <summary>
/// After the demo data (<see cref="DemoDataSeeder"/>), gives the demo job seeker what every page of
/// the web app shows: a profile made through the activity cards, a pending job proposal, a
/// volunteer request they said yes to, and a neighbourhood request for help. Everything goes
/// through the same MediatR commands the API and the app send, as the demo accounts who would
/// send them, so the demo follows every rule the product has.
/// </summary>
public sealed class PeopleDemoSeeder(
    DemoDataSeeder demo,
    TalentMatchDbContext db,
    IServiceScopeFactory scopes,
    IIdentityService identity,
    ILogger<PeopleDemoSeeder> logger) : IDemoDataSeeder
{
    /// <summary>The activities the demo job seeker ticked in "Wat kan jij?".</summary>
    public static readonly string[] DemoCards = ["cook-many", "dishes", "care-children", "translate", "listen", "teamwork", "on-time"];

    /// <summary>The demo job seeker's own request for help in the neighbourhood.</summary>
    public const string DemoHelpRequestTitle = "Hulp bij het ophangen van gordijnen";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await demo.SeedAsync(cancellationToken);

        var seekerEmail = DemoDataSeeder.JobSeekerEmail.ToUpperInvariant();
        var seekerId = await db.Users.Where(u => u.NormalizedEmail == seekerEmail).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        if (seekerId is null)
        {
            return;
        }

        var profileId = await db.Profiles.Where(p => p.OwnerUserId == seekerId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (profileId is null || await db.Matches.AnyAsync(m => m.ProfileId == profileId, cancellationToken))
        {
            // No demo job seeker, or the people's demo is already there.
            return;
        }

        var seeker = await identity.SignInAsync(DemoDataSeeder.JobSeekerEmail, DemoDataSeeder.Password);
        var matchmaker = await identity.SignInAsync(DemoDataSeeder.MatchmakerEmail, DemoDataSeeder.Password);
        if (seeker is null || matchmaker is null)
        {
            return;
        }

        // 1. The person builds their profile from activity cards.
        var (name, postcode, job, volunteering, repair) = await AsAsync(seeker, async mediator =>
        {
            var profile = await mediator.Send(new GetMyProfileQuery(), cancellationToken);
            var cards = await mediator.Send(new ListActivityCardsQuery(), cancellationToken);
            var p = profile.Value;

            // The cards add to what the talent scout recorded with her earlier.
            var competences = p.Competences.Select(c => new ProfileCompetenceInput(c.CompetenceId, c.Level, c.Source, c.Evidence, c.Note)).ToList();
            competences.AddRange(cards.Where(c => DemoCards.Contains(c.Key)).SelectMany(c => c.Competences).Select(c => c.CompetenceId).Distinct()
                .Where(id => competences.All(c => c.CompetenceId != id))
                .Select(id => new ProfileCompetenceInput(id, 3, CompetenceSource.Life, Evidence.Declared, null)));
            var languages = p.Languages.Select(l => new ProfileLanguageInput(l.Code, l.Level, l.Native)).ToList();
            if (languages.All(l => l.Code != "nl"))
            {
                languages.Add(new ProfileLanguageInput("nl", "A2"));
            }

            var update = new UpdateProfileCommand(
                p.DisplayName, p.Postcode, p.Email, p.Phone, [OpportunityKind.Job, OpportunityKind.Volunteering], p.HoursPerWeek, Math.Max(p.MaxTravelKm, 25),
                competences, languages, [.. p.Experiences.Select(e => new ProfileExperienceInput(e.OccupationId, e.Years, e.Context))], [.. p.Interests], ProfileVisibility.Matchable)
            {
                Id = p.Id,
                IfMatch = profile.ETag,
            };
            await mediator.Send(update, cancellationToken);
            var jobs = await mediator.Send(new ProfileMatchesQuery(p.Id, "job", 1), cancellationToken);
            var requests = await mediator.Send(new ProfileMatchesQuery(p.Id, "volunteering", 5), cancellationToken);
            // Someone trustworthy in the house, as the neighbours' requests ask.
            Guid Of(string card, int index) => cards.First(c => c.Key == card).Competences[index].CompetenceId;
            List<Guid> repairs = [Of("trusted", 0), Of("listen", 1), Of("on-time", 1)];
            return (p.DisplayName, p.Postcode, jobs.Items.FirstOrDefault(), requests.Items.FirstOrDefault(r => r.OrganisationName is not null), repairs);
        });

        // 2. The matchmaker proposes the best job and a volunteer request.
        var volunteerMatchId = await AsAsync(matchmaker, async mediator =>
        {
            if (job is not null)
            {
                var match = await mediator.Send(new CreateMatchCommand(profileId, job.OpportunityId, null), cancellationToken);
                await mediator.Send(new TransitionMatchCommand(MatchState.Proposed, null, null, null, null) { Id = match.Value.Id }, cancellationToken);
            }

            Guid? volunteerMatch = null;
            if (volunteering is not null)
            {
                var match = await mediator.Send(new CreateMatchCommand(profileId, null, volunteering.OpportunityId), cancellationToken);
                await mediator.Send(new TransitionMatchCommand(MatchState.Offered, null, null, null, null) { Id = match.Value.Id }, cancellationToken);
                volunteerMatch = match.Value.Id;
            }

            return volunteerMatch;
        });

        // 3. The person says yes to helping (the job proposal stays open for the demo), and asks the neighbourhood for help themself.
        await AsAsync(seeker, async mediator =>
        {
            if (volunteerMatchId is { } accepted)
            {
                await mediator.Send(new TransitionMatchCommand(MatchState.Accepted, null, null, null, [DisclosedFields.Name]) { Id = accepted }, cancellationToken);
            }

            return await mediator.Send(
                new CreateVolunteerRequestCommand(
                    null, name, DemoHelpRequestTitle, "Ik kan niet goed op een ladder staan. Wie helpt mij een uurtje?", postcode,
                    DateTime.UtcNow.Date.AddDays(5).AddHours(14), null, Recurrence.Once, 1.5, 1,
                    [.. repair.Select((id, i) => new OpportunityRequirementInput(id, 1, i == 0 ? Importance.Required : Importance.Preferred, null))], [new OpportunityLanguageInput("nl", "A2", Importance.Required)], [], false, OpportunityStatus.Open)
                {
                    Neighbourhood = true,
                },
                cancellationToken);
        });

        logger.LogInformation("Seeded the demo job seeker's cards profile, proposals and neighbourhood request");
    }

    private Task<T> AsAsync<T>(ClaimsPrincipal principal, Func<IMediator, Task<T>> work) => scopes.AsAsync(principal, work);
}
